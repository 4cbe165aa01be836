package org.zeren.core.store;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A hash map for the resource's two id maps (id to element, element to id) with open addressing and linear
 * probing: keys and values sit in two arrays, with no entry object per mapping. With a million elements that saves
 * two million {@code HashMap.Node}s (64 MB), a cache miss on every lookup, and the garbage collection work of
 * copying them while loading.
 * <p>
 * Keys are compared with {@code equals} or, for element keys, by identity (elements do not override
 * {@code equals}, but identity is what the id maps mean). Keys and values must not be {@code null}. Not
 * thread-safe. Iterators do not support {@code remove}; remove through the map.
 */
final class IdMap<K, V> extends AbstractMap<K, V> {

    private final boolean identity;
    private Object[] keys;
    private Object[] values;
    private int size;
    private int modifications;

    /**
     * @param expected the number of mappings to make room for
     * @param identity whether keys are compared by identity ({@code ==} and identity hash code)
     */
    IdMap(int expected, boolean identity) {
        this.identity = identity;
        int capacity = Integer.highestOneBit(Math.max(16, (int) Math.min(1 << 29, expected * 2L)) - 1) << 1;
        keys = new Object[capacity];
        values = new Object[capacity];
    }

    private int hash(Object key) {
        int h = identity ? System.identityHashCode(key) : key.hashCode();
        return (h ^ (h >>> 16)) * 0x9E3779B9;
    }

    private boolean same(Object a, Object b) {
        return a == b || !identity && a.equals(b);
    }

    private int indexOf(Object key) {
        if (key == null) {
            return -1;
        }
        int mask = keys.length - 1;
        for (int i = hash(key) & mask;; i = (i + 1) & mask) {
            Object k = keys[i];
            if (k == null) {
                return -1;
            }
            if (same(k, key)) {
                return i;
            }
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : (V) values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V put(K key, V value) {
        if (key == null || value == null) {
            throw new NullPointerException("IdMap holds no null keys or values");
        }
        int mask = keys.length - 1;
        int i = hash(key) & mask;
        for (;; i = (i + 1) & mask) {
            Object k = keys[i];
            if (k == null) {
                break;
            }
            if (same(k, key)) {
                V old = (V) values[i];
                values[i] = value;
                return old;
            }
        }
        keys[i] = key;
        values[i] = value;
        modifications++;
        if (++size * 2 > keys.length) {
            resize();
        }
        return null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V remove(Object key) {
        int i = indexOf(key);
        if (i < 0) {
            return null;
        }
        V old = (V) values[i];
        // backward shift deletion: move later entries of the same probe run into the hole
        int mask = keys.length - 1;
        int hole = i;
        for (int j = (i + 1) & mask; keys[j] != null; j = (j + 1) & mask) {
            int home = hash(keys[j]) & mask;
            if (((j - home) & mask) >= ((j - hole) & mask)) {
                keys[hole] = keys[j];
                values[hole] = values[j];
                hole = j;
            }
        }
        keys[hole] = null;
        values[hole] = null;
        size--;
        modifications++;
        return old;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void clear() {
        java.util.Arrays.fill(keys, null);
        java.util.Arrays.fill(values, null);
        size = 0;
        modifications++;
    }

    @SuppressWarnings("unchecked")
    private void resize() {
        Object[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new Object[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                put((K) oldKeys[i], (V) oldValues[i]);
            }
        }
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Iterator<>() {
                    private final int expected = modifications;
                    private int next = advance(0);

                    private int advance(int from) {
                        int i = from;
                        while (i < keys.length && keys[i] == null) {
                            i++;
                        }
                        return i;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Map.Entry<K, V> next() {
                        if (modifications != expected) {
                            throw new ConcurrentModificationException();
                        }
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<K, V> entry = new SimpleImmutableEntry<>((K) keys[next], (V) values[next]);
                        next = advance(next + 1);
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
