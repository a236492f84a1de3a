#include "text/OffsetMap.h"
#include "util/Error.h"

#include <QTest>

using namespace quarry;

class TestOffsetMap : public QObject
{
    Q_OBJECT
private slots:
    void mapsBothWays()
    {
        // derived "abXcd" from source "ab--cd": X synthesized, "--" dropped.
        OffsetMap map;
        map.appendRun(0, 0, 2);
        map.appendRun(3, 4, 2);
        QCOMPARE(map.toSource(0), 0);
        QCOMPARE(map.toSource(1), 1);
        QVERIFY(!map.contains(2));
        QCOMPARE(map.toSource(2), 2); // just after the previous run
        QCOMPARE(map.toSource(3), 4);
        QCOMPARE(map.toSource(4), 5);
        QCOMPARE(map.toSource(5), 6); // the end
        QCOMPARE(map.toDerived(0), 0);
        QCOMPARE(map.toDerived(2), 3); // a dropped character: the next derived position
        QCOMPARE(map.toDerived(3), 3);
        QCOMPARE(map.toDerived(5), 4);
        QCOMPARE(map.toDerived(6), 5);
    }

    void adjacentRunsMerge()
    {
        OffsetMap map;
        for (int i = 0; i < 1000; ++i)
            map.appendRun(i, i + 7, 1);
        QCOMPARE(map.runCount(), 1);
        QCOMPARE(map.toSource(999), 1006);
        map.appendRun(0 + 1000, 0, 0); // empty runs are ignored
        QCOMPARE(map.runCount(), 1);
    }

    void serializesCompactlyAndRoundTrips()
    {
        OffsetMap map;
        int d = 0, s = 0;
        for (int i = 0; i < 500; ++i) {
            map.appendRun(d, s, 40);
            d += 41;        // a synthesized character after each run
            s += 40 + 3;    // three dropped source characters
        }
        const QByteArray bytes = map.serialize();
        QVERIFY2(bytes.size() < 500 * 4, qPrintable(QString::number(bytes.size())));
        const OffsetMap back = OffsetMap::deserialize(bytes);
        QVERIFY(back == map);
        for (int pos = 0; pos < d; pos += 7)
            QCOMPARE(back.toSource(pos), map.toSource(pos));
        QVERIFY(OffsetMap::deserialize(OffsetMap().serialize()).isEmpty());
        // A map whose source goes backwards (zig-zag deltas) survives too.
        OffsetMap back2;
        back2.appendRun(0, 100, 5);
        back2.appendRun(5, 10, 5);
        QVERIFY(OffsetMap::deserialize(back2.serialize()) == back2);
    }

    void corruptDataIsAnError()
    {
        QVERIFY_THROWS_EXCEPTION(Error, OffsetMap::deserialize(QByteArray("\x07", 1)));
        QByteArray truncated = OffsetMap::identity(100000).serialize();
        truncated.chop(1);
        QVERIFY_THROWS_EXCEPTION(Error, OffsetMap::deserialize(truncated));
        QVERIFY_THROWS_EXCEPTION(Error, OffsetMap::deserialize(QByteArray("\x01\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff", 11)));
    }

    void composes()
    {
        // A: "hello  world", B: "hello world" (one space dropped), C: "world" (B[6..]).
        OffsetMap bToA;
        bToA.appendRun(0, 0, 6);
        bToA.appendRun(6, 7, 5);
        OffsetMap cToB;
        cToB.appendRun(0, 6, 5);
        const OffsetMap cToA = bToA.compose(cToB);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(cToA.toSource(i), 7 + i);

        // Inner run spanning two outer runs and an outer gap.
        OffsetMap outer; // B positions 0..3 -> A 10..13, B 5..9 -> A 20..24 (B4 synthesized)
        outer.appendRun(0, 10, 4);
        outer.appendRun(5, 20, 5);
        OffsetMap inner = OffsetMap::identity(10);
        const OffsetMap composed = outer.compose(inner);
        QCOMPARE(composed.toSource(3), 13);
        QVERIFY(!composed.contains(4));
        QCOMPARE(composed.toSource(5), 20);
        QCOMPARE(composed.toSource(9), 24);
        // The empty map is the identity on either side.
        QVERIFY(OffsetMap().compose(outer) == outer);
        QVERIFY(outer.compose(OffsetMap()) == outer);
    }
};

QTEST_GUILESS_MAIN(TestOffsetMap)
#include "TestOffsetMap.moc"
