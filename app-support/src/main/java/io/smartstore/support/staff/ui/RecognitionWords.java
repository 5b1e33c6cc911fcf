package io.smartstore.support.staff.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.smartstore.protocol.wire.RecognitionFigures;

/** The way to recognising everyone, on a staff page: where sessions were recognised, and why the others were not. */
public final class RecognitionWords {

    private RecognitionWords() {
    }

    public static Div of(RecognitionFigures figures) {
        Paragraph where = new Paragraph(figures.whereInWords());
        where.setId("recognition-where");
        Div block = new Div(where);
        figures.missesInWords().ifPresent(words -> {
            Paragraph misses = new Paragraph(words);
            misses.setId("recognition-misses");
            block.add(misses);
        });
        return block;
    }
}
