package io.smartstore.support.staff.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A staff address that is no page: said plainly, inside the staff layout, with the way back. */
@ParentLayout(StaffLayout.class)
@PermitAll
public class StaffPageNotFound extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        setId("page-not-found");
        add(new H1("This page does not exist"),
                new Paragraph("The address may be mistyped, or the page has moved. The menu lists the pages you can open."),
                new Anchor("", "Go to the start page"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
