# SPDX-License-Identifier: GPL-3.0-or-later
# The words a language settled on (translations/README.md, "Terms"): German says "Rank"/"Ranks" as its ML
# users do, never "Rang"/"Ränge". A translation that drifts from them reads as a second product.
# Input: -DTS_FILE=<a .ts file> -DFORBIDDEN=<regular expressions, ;-separated>.
file(READ "${TS_FILE}" content)
string(REGEX MATCHALL "<translation>[^<]*</translation>" entries "${content}")
foreach(entry IN LISTS entries)
  foreach(term IN LISTS FORBIDDEN)
    if(entry MATCHES "${term}")
      message(SEND_ERROR "${TS_FILE}: '${CMAKE_MATCH_0}' in ${entry}")
    endif()
  endforeach()
endforeach()
list(LENGTH entries count)
if(count EQUAL 0)
  message(FATAL_ERROR "${TS_FILE}: no translations read")
endif()
