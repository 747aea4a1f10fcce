package org.mingjing.catalogue;

/** Post information of a service window (窗口岗位信息, seed §二(一)3(2)). */
public record ServiceWindow(String id, String agencyId, String name, String post, String duties, String hours,
        String location, int version) {
}
