// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// Preferences persist; the API key never reaches the settings file.
#include "core/settings/AppSettings.h"
#include "gui/browser/StatusColors.h"
#include "gui/charts/ChartStyle.h"
#include "gui/settings/ScrollBarStripStyle.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/settings/ThemePalette.h"
#include "support/Contrast.h"
#include "support/MemoryKeyStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QScrollBar>
#include <QSemaphore>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOptionButton>
#include <QStyleOptionSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <memory>
#include <utility>

class TestSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void preferencesRoundTrip()
    {
        const QString path = m_dir.filePath(QStringLiteral("a.ini"));
        {
            QSettings raw(path, QSettings::IniFormat);
            AppSettings s(&raw);
            QCOMPARE(s.baseUrl(), QUrl(QStringLiteral("https://api.baseten.co"))); // sane default
            QCOMPARE(s.refreshIntervalSeconds(), 30);
            s.setBaseUrl(QUrl(QStringLiteral("https://user:secret@proxy.example.com/baseten?x=1")));
            s.setRefreshIntervalSeconds(60);
            s.setTheme(AppSettings::Theme::Dark);
            QCOMPARE(s.byteUnits(),
                     ByteUnits::Binary); // GiB by default: GPU memory is specified in binary units
            s.setByteUnits(ByteUnits::Decimal);
            for (int i = 0; i < 12; ++i)
                s.addRecentJob(QStringLiteral("p"), QStringLiteral("j%1").arg(i));
            s.addRecentJob(QStringLiteral("p"), QStringLiteral("j3"));
        }
        QSettings raw(path, QSettings::IniFormat);
        AppSettings s(&raw);
        // A credential in the URL is not kept: settings files are not secret stores.
        QCOMPARE(s.baseUrl(), QUrl(QStringLiteral("https://proxy.example.com/baseten")));
        QCOMPARE(s.refreshIntervalSeconds(), 60);
        QCOMPARE(s.theme(), AppSettings::Theme::Dark);
        QCOMPARE(s.byteUnits(), ByteUnits::Decimal);
        QCOMPARE(s.recentJobs().size(), 10);
        QCOMPARE(s.recentJobs().front(), QStringLiteral("p/j3"));
    }

    void recentComparisonsAreRemembered()
    {
        QSettings raw(m_dir.filePath(QStringLiteral("e.ini")), QSettings::IniFormat);
        AppSettings s(&raw);
        s.addRecentComparison({QStringLiteral("p/a"), QStringLiteral("q/b")});
        s.addRecentComparison({QStringLiteral("p/c"), QStringLiteral("p/d"), QStringLiteral("p/e")});
        s.addRecentComparison({QStringLiteral("p/a"), QStringLiteral("q/b")});
        const QList<QStringList> recent = s.recentComparisons();
        QCOMPARE(recent.size(), 2);
        QCOMPARE(recent.front(), (QStringList{QStringLiteral("p/a"), QStringLiteral("q/b")}));
        QCOMPARE(recent.back().size(), 3);
    }

    void apiKeyGoesToTheKeychainNotTheFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("b.ini"));
        const QString secret = QStringLiteral("bt-secret-7f3a9c");
        MemoryKeyStore keys;
        {
            QSettings raw(path, QSettings::IniFormat);
            AppSettings settings(&raw);
            SettingsDialog dialog(&settings, &keys, false);
            QString announced;
            connect(&dialog, &SettingsDialog::apiKeyChanged, &dialog,
                    [&announced](const QString &k) { announced = k; });
            QTest::keyClicks(dialog.apiKeyEdit(), secret);
            QCOMPARE(dialog.apiKeyEdit()->echoMode(), QLineEdit::Password);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(announced, secret);
            raw.sync();
        }
        QCOMPARE(keys.key, secret);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray contents = f.readAll();
        QVERIFY(contents.contains("baseUrl"));        // the dialog did write the file...
        QVERIFY(!contents.contains(secret.toUtf8())); // ...but not the key
    }

    void aKeychainFailureKeepsTheDialogOpenAndSaysWhy()
    {
        QSettings raw(m_dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
        AppSettings settings(&raw);
        MemoryKeyStore keys;
        keys.failWith = QStringLiteral("no keychain");
        SettingsDialog dialog(&settings, &keys, false);
        QTest::keyClicks(dialog.apiKeyEdit(), QStringLiteral("k"));
        // The warning box is modal; close it as soon as it appears.
        QTimer::singleShot(0, &dialog, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
        dialog.accept();
        QVERIFY(dialog.result() != int(QDialog::Accepted));
    }

    void environmentKeyTakesPrecedence()
    {
        QSettings raw(m_dir.filePath(QStringLiteral("d.ini")), QSettings::IniFormat);
        AppSettings settings(&raw);
        MemoryKeyStore keys;
        SettingsDialog dialog(&settings, &keys, true);
        QVERIFY(!dialog.apiKeyEdit()->isEnabled());
        QVERIFY(dialog.apiKeyEdit()->placeholderText().contains(QStringLiteral("BASETEN_API_KEY")));
    }

    // Every field and label in its own row: the key's hint once lay over "Base URL" in the corner.
    void nothingOverlapsInTheDialog()
    {
        QSettings raw(m_dir.filePath(QStringLiteral("overlap.ini")), QSettings::IniFormat);
        AppSettings settings(&raw);
        MemoryKeyStore keys;
        SettingsDialog dialog(&settings, &keys, false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QList<QWidget *> shown;
        for (QWidget *w : dialog.findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (w->isVisible())
                shown.append(w);
        }
        bool hint = false;
        for (QWidget *a : shown) {
            if (auto *label = qobject_cast<QLabel *>(a))
                hint = hint || label->text().contains(QStringLiteral("Settings → API keys"));
            for (QWidget *b : shown) {
                QVERIFY2(a == b || !a->geometry().intersects(b->geometry()),
                         qPrintable(QLatin1String(a->metaObject()->className()) + QLatin1String(" over ") +
                                    QLatin1String(b->metaObject()->className())));
            }
        }
        QVERIFY(hint);
    }

    void aLockedServerIsShownAndKept()
    {
        QSettings raw(m_dir.filePath(QStringLiteral("f.ini")), QSettings::IniFormat);
        AppSettings settings(&raw);
        settings.setBaseUrl(QUrl(QStringLiteral("https://proxy.example.com")));
        MemoryKeyStore keys;
        keys.key = QStringLiteral("the-users-key");
        SettingsDialog dialog(&settings, &keys, false);
        const QUrl demo(QStringLiteral("http://127.0.0.1:4711"));
        dialog.lockServer(demo, QStringLiteral("the demo's"));
        QCOMPARE(dialog.baseUrlEdit()->text(), demo.toString());
        QVERIFY(!dialog.baseUrlEdit()->isEnabled());
        QVERIFY(!dialog.apiKeyEdit()->isEnabled());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        // The user's own server and key are still there for when the demo is over.
        QCOMPARE(settings.baseUrl(), QUrl(QStringLiteral("https://proxy.example.com")));
        QCOMPARE(keys.key, QStringLiteral("the-users-key"));
    }

    // WCAG 2 contrast, from the palette roles the app draws text with, in both themes: AA asks 4.5:1.
    void textMeetsWcagAaInBothThemes_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << ThemePalette::light();
        QTest::newRow("dark") << ThemePalette::dark();
    }

    void textMeetsWcagAaInBothThemes()
    {
        QFETCH(QPalette, palette);
        using R = QPalette::ColorRole;
        const std::pair<R, R> pairs[] = {{R::WindowText, R::Window},
                                         {R::Text, R::Base},
                                         {R::Text, R::AlternateBase},
                                         {R::PlaceholderText, R::Base},
                                         {R::PlaceholderText, R::Window}, // legend headers, job ids
                                         {R::HighlightedText, R::Highlight},
                                         {R::ButtonText, R::Button},
                                         {R::ToolTipText, R::ToolTipBase},
                                         {R::Link, R::Base},
                                         {R::Link, R::Window}};
        for (const auto &[fg, bg] : pairs) {
            const double ratio = Contrast::ratio(palette.color(fg), palette.color(bg));
            QVERIFY2(
                ratio >= 4.5,
                qPrintable(QStringLiteral("%1 on %2: %3:1").arg(int(fg)).arg(int(bg)).arg(ratio, 0, 'f', 2)));
        }
        // Status words (the job card, the browser, the warning line) on both backgrounds they appear on.
        for (JobStatus status : {JobStatus::Running, JobStatus::Completed, JobStatus::Failed,
                                 JobStatus::Stopped, JobStatus::Queued}) {
            for (R bg : {R::Window, R::Base}) {
                const double ratio = Contrast::ratio(StatusColors::color(status, palette), palette.color(bg));
                QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("status %1 on %2: %3:1")
                                                      .arg(int(status))
                                                      .arg(int(bg))
                                                      .arg(ratio, 0, 'f', 2)));
            }
        }
        // The chart's text: axis labels and the limit's label on the plot.
        const ChartStyle style = ChartStyle::fromPalette(palette);
        QVERIFY(Contrast::ratio(style.label, style.background) >= 4.5);
        QVERIFY(Contrast::ratio(style.limit, style.plotBackground) >= 4.5);
    }

    // An unchecked box in the series tree must show its edge on the tree's background in both themes: WCAG
    // asks 3:1 of a control's boundary. Drawn by the style the theme installs, as the tree draws it.
    void uncheckedBoxesShowInBothThemes_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(AppSettings::Theme::Light);
        QTest::newRow("dark") << int(AppSettings::Theme::Dark);
    }

    void uncheckedBoxesShowInBothThemes()
    {
        QFETCH(int, theme);
        ThemePalette::apply(AppSettings::Theme(theme));
        const QPalette palette = QApplication::palette();
        QStyleOptionViewItem option;
        option.palette = palette;
        option.rect = QRect(4, 4, 14, 14);
        option.state = QStyle::State_Enabled | QStyle::State_Off;
        option.features = QStyleOptionViewItem::HasCheckIndicator;
        QImage image(22, 22, QImage::Format_RGB32);
        image.fill(palette.color(QPalette::Base));
        {
            QPainter painter(&image);
            QApplication::style()->drawPrimitive(QStyle::PE_IndicatorItemViewItemCheck, &option, &painter);
        }
        const double edge = Contrast::strongestAgainst(image, palette.color(QPalette::Base));
        ThemePalette::apply(AppSettings::Theme::System);
        QVERIFY2(edge >= 3.0, qPrintable(QStringLiteral("%1:1").arg(edge, 0, 'f', 2)));
    }

    void scrollBarsInStripsLookAsTheBaseStyleDrawsThem_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qreal>("ratio");
        QTest::newRow("tall") << QSize(14, 875) << qreal(1);
        QTest::newRow("tall, ratio 2") << QSize(14, 875) << qreal(2);
        QTest::newRow("tall, ratio 1.5") << QSize(14, 601) << qreal(1.5);
        QTest::newRow("short") << QSize(14, 60) << qreal(1);
        QTest::newRow("wide") << QSize(900, 14) << qreal(1);
    }

    // Every pixel as the base style draws it, handle, arrows and groove, at any device pixel ratio.
    void scrollBarsInStripsLookAsTheBaseStyleDrawsThem()
    {
        QFETCH(QSize, size);
        QFETCH(qreal, ratio);
        QScrollBar bar(size.width() > size.height() ? Qt::Horizontal : Qt::Vertical);
        bar.resize(size);
        bar.setRange(0, 1118);
        bar.setPageStep(875);
        bar.setValue(120);
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        ScrollBarStripStyle strips(QStyleFactory::create(QStringLiteral("Fusion")));
        const QImage plain = paintScrollBar(*fusion, bar, ratio);
        const QImage striped = paintScrollBar(strips, bar, ratio);
        QCOMPARE(striped.size(), plain.size());
        QVERIFY(striped == plain);
        // Something was drawn: not two blank images alike.
        QVERIFY(plain.pixel(plain.width() / 2, plain.height() / 2) != plain.pixel(0, 0) ||
                plain.pixel(plain.width() / 2, plain.height() / 3) != plain.pixel(1, 1));
    }

    // Qt's raster engine hands a tall fill to its global pool and waits: with the pool's threads all busy,
    // a tall scroll bar of the base style is not painted until one is free. In strips it never waits.
    void aTallScrollBarInStripsNeverWaitsForQtsPool()
    {
        QScrollBar bar(Qt::Vertical);
        bar.resize(14, 875);
        bar.setRange(0, 1118);
        bar.setPageStep(875);
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        ScrollBarStripStyle strips(QStyleFactory::create(QStringLiteral("Fusion")));
        auto paintWhileThePoolIsBusy = [&](QStyle &style) {
            QThreadPool *pool = QThreadPool::globalInstance();
            QSemaphore release;
            QSemaphore started;
            for (int i = 0; i < pool->maxThreadCount(); ++i) {
                pool->start([&] {
                    started.release();
                    release.tryAcquire(1, 1500);
                });
            }
            started.acquire(pool->maxThreadCount());
            QElapsedTimer clock;
            clock.start();
            paintScrollBar(style, bar, 1);
            const qint64 ms = clock.elapsed();
            release.release(pool->maxThreadCount());
            pool->waitForDone();
            return ms;
        };
        const qint64 plainMs = paintWhileThePoolIsBusy(*fusion);
        const qint64 stripedMs = paintWhileThePoolIsBusy(strips);
        QVERIFY2(stripedMs < 500, qPrintable(QStringLiteral("%1 ms").arg(stripedMs)));
        if (plainMs < 500)
            QSKIP("this Qt fills tall spans on the painting thread: nothing to wait for");
    }

    // The application's style, in every theme, paints scroll bars in strips.
    void everyThemePaintsScrollBarsInStrips()
    {
        for (AppSettings::Theme theme :
             {AppSettings::Theme::Light, AppSettings::Theme::Dark, AppSettings::Theme::System}) {
            ThemePalette::apply(theme);
            QStyle *style = QApplication::style();
            QVERIFY(qobject_cast<ScrollBarStripStyle *>(style));
            // The same theme again keeps its style: a new one would polish every widget of the window again.
            ThemePalette::apply(theme);
            QCOMPARE(QApplication::style(), style);
        }
    }

private:
    static QImage paintScrollBar(QStyle &style, const QScrollBar &bar, qreal ratio)
    {
        QStyleOptionSlider option;
        option.initFrom(&bar);
        option.orientation = bar.orientation();
        option.minimum = bar.minimum();
        option.maximum = bar.maximum();
        option.pageStep = bar.pageStep();
        option.singleStep = bar.singleStep();
        option.sliderPosition = bar.value();
        option.sliderValue = bar.value();
        option.subControls = QStyle::SC_All;
        QImage image(bar.size() * ratio, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        image.fill(Qt::white);
        QPainter painter(&image);
        style.drawComplexControl(QStyle::CC_ScrollBar, &option, &painter, &bar);
        return image;
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
