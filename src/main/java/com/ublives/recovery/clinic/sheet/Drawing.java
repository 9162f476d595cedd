package com.ublives.recovery.clinic.sheet;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One page as a list of marks, measured from the top-left corner in points. The layout builds it
 * without a document (so it can try a size, see if it fits and try again), the painter draws it.
 */
final class Drawing {

    sealed interface Mark permits Text, Box, Rule, Logo {
    }

    /** Text on one line; y is the baseline. Bold is drawn as fill and stroke, so it stays selectable. */
    record Text(float x, float y, float size, String text, Color color, boolean bold) implements Mark {
    }

    /** A rectangle; fill or stroke may be null. Radius rounds the corners. */
    record Box(float x, float y, float width, float height, Color fill, Color stroke, float lineWidth, float radius)
            implements Mark {
    }

    record Rule(float x1, float y1, float x2, float y2, Color color, float lineWidth) implements Mark {
    }

    record Logo(float x, float y, float width, float height) implements Mark {
    }

    private final List<Mark> marks = new ArrayList<>();

    void add(Mark mark) {
        marks.add(mark);
    }

    List<Mark> marks() {
        return Collections.unmodifiableList(marks);
    }
}
