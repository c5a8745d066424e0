/** Demo data for the {@code demo} profile: one city, two district offices, six grids, staff in every role, employers. */
package cn.laborcase.demo;
