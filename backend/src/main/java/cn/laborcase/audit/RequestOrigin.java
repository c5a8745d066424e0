package cn.laborcase.audit;

/**
 * Where the change being journaled came from: the client address of the current web request, or none outside one (a
 * job, a timer). The web layer supplies it, so the journal itself knows no servlet type.
 */
public interface RequestOrigin {

    /** The client's address, or null outside a request. */
    String remoteAddress();
}
