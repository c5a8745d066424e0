/** The shell's web side: the session clock and keep-alive ping. */
package cn.laborcase.workbench.web;
