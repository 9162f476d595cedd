package com.ublives.recovery.rules;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An unmodifiable list over the first {@code size} elements of an array the engine filled for one
 * outcome and never touches again. One small object instead of an ArrayList, its array and an
 * unmodifiable wrapper; the array may be longer than needed (sized by an upper bound), so nothing is
 * copied. Equality and hash code are those of any {@link java.util.List}.
 */
final class ArrayView<E> extends AbstractList<E> implements RandomAccess {

    private final E[] elements;
    private final int size;

    ArrayView(E[] elements, int size) {
        this.elements = elements;
        this.size = size;
    }

    @Override
    public E get(int index) {
        Objects.checkIndex(index, size);
        return elements[index];
    }

    @Override
    public int size() {
        return size;
    }
}
