/** The mediation track's pages and API, its menu entries and its name for cases on other screens. */
package cn.laborcase.mediation.web;
