/** The inspection case's pages, API, menus and home panels (internal to the inspection module). */
package cn.laborcase.inspection.web;
