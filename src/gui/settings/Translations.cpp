// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/settings/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

struct Loaded
{
    QTranslator qt;
    QTranslator ours;
    bool hasQt = false;
    bool hasOurs = false;
};

// Loaded once for the process: the pre-application lookup and the installed translators must agree.
Loaded &loaded()
{
    static Loaded *const instance = [] {
        auto *l = new Loaded; // outlives every application object; reachable, so not a leak
        const QLocale locale;
        l->hasQt = l->qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        l->hasOurs =
            l->ours.load(locale, QStringLiteral("trainscope"), QStringLiteral("_"), QStringLiteral(":/i18n"));
        // Source strings are English but plurals are written "%n job(s)": a language we lack still gets
        // proper English plurals rather than the raw source.
        if (!l->hasOurs)
            l->hasOurs = l->ours.load(QStringLiteral("trainscope_en"), QStringLiteral(":/i18n"));
        return l;
    }();
    return *instance;
}

} // namespace

void Translations::install(QCoreApplication &app)
{
    Loaded &l = loaded();
    if (l.hasQt)
        app.installTranslator(&l.qt);
    if (l.hasOurs)
        app.installTranslator(&l.ours);
}

QString Translations::translate(const char *context, const char *sourceText)
{
    if (QCoreApplication::instance())
        return QCoreApplication::translate(context, sourceText);
    const Loaded &l = loaded();
    if (l.hasOurs) {
        QString text = l.ours.translate(context, sourceText);
        if (!text.isEmpty())
            return text;
    }
    if (l.hasQt) {
        QString text = l.qt.translate(context, sourceText);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(sourceText);
}
