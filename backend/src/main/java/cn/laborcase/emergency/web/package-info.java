/** The incident's API (internal to the emergency module). */
package cn.laborcase.emergency.web;
