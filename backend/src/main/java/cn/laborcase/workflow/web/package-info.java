/** The task inbox's pages ({@code /inbox}, {@code /tasks/{id}}) and its JSON API ({@code /api/tasks}). */
package cn.laborcase.workflow.web;
