// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// What `trainscope export` prints is safe for a terminal, whatever the server says; and its options take
// only values that work.
#include "cli/ExportCommand.h"
#include "cli/ExportCommandLine.h"
#include "core/json/TerminalText.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString ApiKey = QStringLiteral("tsk-terminal-test-5e1d09b7");

// Anything a terminal would act on rather than show: C0 and C1 controls (line feeds aside), DEL, and the
// bidirectional overrides that reorder what is read.
bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u < 0x20 && u != u'\n') || (u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e) ||
           (u >= 0x2066 && u <= 0x2069);
}

QString firstControl(const QString &text)
{
    for (const QChar c : text) {
        if (isControl(c))
            return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return {};
}

} // namespace

class TestExportTerminal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("BASETEN_API_KEY", ApiKey.toUtf8());
    }

    void sanitize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << QStringLiteral("Job not found.") << QStringLiteral("Job not found.");
        QTest::newRow("colour") << QStringLiteral("\x1b[1;31mred\x1b[0m") << QStringLiteral("red");
        QTest::newRow("cursor and erase")
            << QStringLiteral("a\x1b[2J\x1b[H\x1b[10;20Hb") << QStringLiteral("ab");
        QTest::newRow("title, BEL") << QStringLiteral("x\x1b]0;owned\x07y") << QStringLiteral("xy");
        QTest::newRow("hyperlink, ST")
            << QStringLiteral("\x1b]8;;http://example.invalid\x1b\\link\x1b]8;;\x1b\\")
            << QStringLiteral("link");
        QTest::newRow("8-bit CSI") << QStringLiteral("a\u009b31mb") << QStringLiteral("ab");
        QTest::newRow("reset") << QStringLiteral("a\x1b"
                                                 "cb")
                               << QStringLiteral("ab");
        QTest::newRow("escape at the end") << QStringLiteral("a\x1b") << QStringLiteral("a");
        QTest::newRow("unterminated CSI") << QStringLiteral("a\x1b[31") << QStringLiteral("a");
        QTest::newRow("bell, backspace, NUL")
            << QStringLiteral("a\x07\x08") + QChar(0) + QStringLiteral("b") << QStringLiteral("ab");
        QTest::newRow("tab, CR") << QStringLiteral("a\tb\rc") << QStringLiteral("a b c");
        QTest::newRow("line feed stays") << QStringLiteral("a\nb") << QStringLiteral("a\nb");
        QTest::newRow("DEL, C1") << QStringLiteral("a\x7f\u0085b") << QStringLiteral("ab");
        QTest::newRow("bidi override")
            << QStringLiteral("abc\u202egnp.exe\u202c") << QStringLiteral("abcgnp.exe");
        QTest::newRow("unicode kept") << QStringLiteral("läuft ✓ 訓練") << QStringLiteral("läuft ✓ 訓練");
    }

    void sanitize()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(TerminalText::sanitize(text), shown);
    }

    void aServersEscapeSequencesNeverReachTheTerminal()
    {
        // The API's own words come back in the error line; these would turn the terminal red, retitle its
        // window, clear the screen and reverse the text after them.
        QHttpServer server;
        server.route(QStringLiteral("/v1/training_projects/<arg>/jobs/<arg>"), [](QString, QString) {
            return QHttpServerResponse(
                QByteArrayLiteral("application/json"),
                QByteArrayLiteral(
                    "{\"error\": \"\\u001b[31mjob gone\\u001b[0m\\u001b]0;owned\\u0007 "
                    "\\u0007\\u0008\\u001b[2J\\u202eevil\\u202c\\r\\nsecond line\\u009b0m end\"}"),
                QHttpServerResponse::StatusCode::NotFound);
        });
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        const ExportCommand::Result r = ExportCommand::execute(
            {QStringLiteral("trainscope"), QStringLiteral("export"), QStringLiteral("--base-url"),
             QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("--project"),
             QStringLiteral("p"), QStringLiteral("--job"), QStringLiteral("j"), QStringLiteral("--png"),
             m_dir.filePath(QStringLiteral("x.png"))});
        QCOMPARE(r.exitCode, int(ExportCommand::Failed));
        QVERIFY2(firstControl(r.error).isEmpty(), qPrintable(firstControl(r.error)));
        QVERIFY2(!r.error.contains(QLatin1Char('\n')), qPrintable(r.error)); // one failure, one line
        QVERIFY2(r.error.contains(QStringLiteral("404")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("job gone")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("evil second line end")), qPrintable(r.error));
        QVERIFY2(!r.error.contains(QStringLiteral("owned")) && !r.error.contains(QStringLiteral("[31m")),
                 qPrintable(r.error));
    }

    void timeoutTakesWhatTheSettingsDialogTakes_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("milliseconds"); // 0: refused
        QTest::newRow("1") << QStringLiteral("1") << 1'000;
        QTest::newRow("3600") << QStringLiteral("3600") << 3'600'000;
        QTest::newRow("0") << QStringLiteral("0") << 0;
        QTest::newRow("3601") << QStringLiteral("3601") << 0;
        QTest::newRow("overflows as milliseconds") << QStringLiteral("2147484") << 0;
        QTest::newRow("negative") << QStringLiteral("-5") << 0;
        QTest::newRow("fraction") << QStringLiteral("1.5") << 0;
        QTest::newRow("words") << QStringLiteral("forever") << 0;
    }

    void timeoutTakesWhatTheSettingsDialogTakes()
    {
        QFETCH(QString, value);
        QFETCH(int, milliseconds);
        const auto parsed = ExportCommandLine::parseDashboard(
            {QStringLiteral("trainscope"), QStringLiteral("export"), QStringLiteral("--project"),
             QStringLiteral("p"), QStringLiteral("--job"), QStringLiteral("j"), QStringLiteral("--png"),
             m_dir.filePath(QStringLiteral("t.png")), QStringLiteral("--timeout"), value});
        if (milliseconds == 0) {
            const ExportResult *usage = std::get_if<ExportResult>(&parsed);
            QVERIFY(usage);
            QCOMPARE(usage->exitCode, int(ExportCommand::Usage));
            QVERIFY2(usage->error.contains(QStringLiteral("--timeout")) &&
                         usage->error.contains(QStringLiteral("3600")),
                     qPrintable(usage->error));
        } else {
            const auto *request = std::get_if<DashboardExportRequest>(&parsed);
            QVERIFY(request);
            QCOMPARE(request->target.config.transferTimeoutMs, milliseconds);
        }
    }
};

QTEST_MAIN(TestExportTerminal)
#include "tst_exportterminal.moc"
