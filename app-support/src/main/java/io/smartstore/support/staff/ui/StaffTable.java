package io.smartstore.support.staff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

/**
 * A plain HTML table for the staff's short lists (kiosks, stores, people): a caption, column
 * headers, each row headed by its name — what a screen reader reads best, and what axe accepts.
 * A cell is text or a component (a button, a field).
 */
public class StaffTable extends Div {

    private final Element rows = new Element("tbody");
    private final String id;

    public StaffTable(String id, String caption, String... columns) {
        this.id = id;
        addClassName("enrolled");
        Element table = new Element("table");
        table.setAttribute("id", id);
        table.appendChild(new Element("caption").setText(caption));
        Element head = new Element("tr");
        for (String column : columns) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(column));
        }
        table.appendChild(new Element("thead").appendChild(head), rows);
        getElement().appendChild(table);
    }

    public void clear() {
        rows.removeAllChildren();
    }

    public String getTableId() {
        return id;
    }

    /** A row headed by {@code name}; each cell is a text, a component, or several components. The row is returned to be marked. */
    public Element row(String name, Object... cells) {
        return row(new Element("th").setAttribute("scope", "row").setText(name), cells);
    }

    /** A row headed by a component (a link to drill down). */
    public Element row(Component name, Object... cells) {
        return row(new Element("th").setAttribute("scope", "row").appendChild(name.getElement()), cells);
    }

    private Element row(Element head, Object... cells) {
        Element row = new Element("tr");
        row.appendChild(head);
        for (Object cell : cells) {
            Element td = new Element("td");
            if (cell instanceof Component component) {
                td.appendChild(component.getElement());
            } else if (cell instanceof Component[] components) {
                for (Component component : components) {
                    td.appendChild(component.getElement());
                }
            } else {
                td.setText(cell == null ? "" : cell.toString());
            }
            row.appendChild(td);
        }
        rows.appendChild(row);
        return row;
    }
}
