/** The administrator's console: the dashboard and the roles overview, put together from the other modules' APIs. */
package cn.laborcase.admin;
