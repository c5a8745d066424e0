/**
 * The home page every staff member lands on (工作台首页) at {@code /}: assembled from the {@link
 * cn.laborcase.home.HomePanel}s the modules contribute for the user's roles, no home hard-coded per role. Tracks not
 * built yet say what will come there ({@link cn.laborcase.home.UpcomingWork}).
 */
package cn.laborcase.home;
