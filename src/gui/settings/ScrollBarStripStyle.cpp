// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/settings/ScrollBarStripStyle.h"

#include <QImage>
#include <QPaintDevice>
#include <QPainter>
#include <QStyleOption>

#include <algorithm>
#include <cmath>

ScrollBarStripStyle::ScrollBarStripStyle(QStyle *base) : QProxyStyle(base) {}

void ScrollBarStripStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                             QPainter *painter, const QWidget *widget) const
{
    const QRect rect = option->rect;
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    // Short ones are one fill anyway; a painter turned or scaled is left to the base style.
    if (control != CC_ScrollBar || rect.height() * ratio < StripRows ||
        painter->worldTransform().type() > QTransform::TxTranslate) {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
        return;
    }
    const int rows = std::max(1, int(std::floor(StripRows / ratio)));
    for (int top = rect.top(); top <= rect.bottom(); top += rows) {
        const int height = std::min(rows, rect.bottom() - top + 1);
        QImage strip(QSize(rect.width(), height) * ratio, QImage::Format_ARGB32_Premultiplied);
        strip.setDevicePixelRatio(ratio);
        strip.fill(Qt::transparent);
        {
            QPainter stripPainter(&strip);
            stripPainter.setRenderHints(painter->renderHints());
            stripPainter.translate(-rect.left(), -top);
            QProxyStyle::drawComplexControl(control, option, &stripPainter, widget);
        }
        // An image drawn unscaled is copied row by row, not handed to the pool.
        painter->drawImage(QPoint(rect.left(), top), strip);
    }
}
