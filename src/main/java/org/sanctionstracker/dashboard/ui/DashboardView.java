package org.sanctionstracker.dashboard.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

@Route("")
@PageTitle("Dashboard · Sanctions Coalition Tracker")
@Menu(order = 0, icon = "vaadin:chart", title = "Dashboard")
class DashboardView extends VerticalLayout {

}
