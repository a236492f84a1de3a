// A second process for the store tests: holds a project open, or writes to it until killed.
//   store_holder hold FILE    open for writing, print "ready", wait
//   store_holder write FILE   commit batches of pairs forever, printing "committed N" after each
#include "store/ProjectStore.h"
#include "store/Transaction.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QThread>
#include <cstdio>

using namespace quarry;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    try {
        auto store = ProjectStore::open(args.at(2));
        if (args.at(1) == QLatin1String("hold")) {
            std::printf("ready\n");
            std::fflush(stdout);
            for (;;)
                QThread::sleep(1);
        }
        Database& db = store->db();
        Statement pair = db.prepare(QStringLiteral(
            "INSERT INTO pairs(status, created_at, updated_at, notes) VALUES ('draft', 'now', 'now', ?)"));
        Statement turn =
            db.prepare(QStringLiteral("INSERT INTO turns(pair_id, seq, role, content) VALUES (?, ?, ?, ?)"));
        qint64 committed = 0;
        for (;;) {
            Transaction tx(db);
            // Large transactions, so that a kill often lands in the middle of one.
            for (int i = 0; i < 2000; ++i) {
                pair.bind(1, QString(200, QLatin1Char('x'))).run();
                pair.reset();
                const qint64 id = db.lastInsertId();
                turn.bindAll(id, 0, "user", "question").run();
                turn.reset();
                turn.bindAll(id, 1, "assistant", "answer").run();
                turn.reset();
            }
            tx.commit();
            committed += 2000;
            std::printf("committed %lld\n", static_cast<long long>(committed));
            std::fflush(stdout);
        }
    } catch (const Error& e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 1;
    }
}
