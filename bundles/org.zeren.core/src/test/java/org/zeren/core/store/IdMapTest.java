package org.zeren.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The compact id map behaves like a {@link HashMap} (or an {@link IdentityHashMap}), also under heavy collisions. */
class IdMapTest {

    /** Strings made of "Aa" and "BB" blocks all have the same hash code: a worst case for probing and removal. */
    private static List<String> collidingKeys(int blocks) {
        List<String> keys = new ArrayList<>();
        for (int bits = 0; bits < 1 << blocks; bits++) {
            StringBuilder key = new StringBuilder();
            for (int b = 0; b < blocks; b++) {
                key.append((bits >> b & 1) == 0 ? "Aa" : "BB");
            }
            keys.add(key.toString());
        }
        return keys;
    }

    @Test
    void randomOperationsMatchAHashMap() {
        Random random = new Random(42);
        List<String> pool = new ArrayList<>(collidingKeys(7)); // 128 keys with one hash code
        for (int i = 0; i < 2000; i++) {
            pool.add("_" + Long.toString(random.nextLong(), 36));
        }
        IdMap<String, Integer> map = new IdMap<>(4, false); // small: forces resizes
        Map<String, Integer> reference = new HashMap<>();
        for (int step = 0; step < 200_000; step++) {
            String key = new String(pool.get(random.nextInt(pool.size()))); // equal, not identical
            switch (random.nextInt(3)) {
                case 0, 1 -> assertEquals(reference.put(key, step), map.put(key, step));
                default -> assertEquals(reference.remove(key), map.remove(key));
            }
            if (step % 1000 == 0) {
                assertEquals(reference.size(), map.size());
                assertEquals(reference, map);
                for (String k : pool) {
                    assertEquals(reference.get(k), map.get(k), k);
                }
            }
        }
        assertEquals(reference, new HashMap<>(map));
        map.clear();
        assertEquals(0, map.size());
        assertNull(map.get(pool.get(0)));
    }

    @Test
    void identityKeysAreComparedByIdentity() {
        IdMap<Object, String> map = new IdMap<>(100, true);
        Map<Object, String> reference = new IdentityHashMap<>();
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            Object key = new String("same"); // all equal, none identical
            keys.add(key);
            String value = "v" + i;
            map.put(key, value);
            reference.put(key, value);
        }
        assertEquals(5000, map.size());
        for (int i = 0; i < keys.size(); i += 2) {
            assertEquals(reference.remove(keys.get(i)), map.remove(keys.get(i)));
        }
        for (Object key : keys) {
            assertSame(reference.get(key), map.get(key));
        }
        assertNull(map.get("same"));
        assertThrows(NullPointerException.class, () -> map.put(null, "x"));
    }
}
