package io.gioperator.simulator.inventory;

import io.gioperator.simulator.core.World;
import java.util.HashSet;
import java.util.Set;

/** Hands out unique guest IPs from the seeded random source: 10.20/16 on GI-Management, 192.168/16 elsewhere. */
final class IpAllocator {
    private final World world;
    private final Set<String> used = new HashSet<>();

    IpAllocator(World world) {
        this.world = world;
    }

    String allocate(Network network) {
        String prefix = network != null && network.name().equals("GI-Management") ? "10.20." : "192.168.";
        while (true) {
            int a = world.random().nextInt(254) + 1;
            int b = world.random().nextInt(253) + 2;
            String ip = prefix + a + "." + b;
            if (used.add(ip)) {
                return ip;
            }
        }
    }

    void release(String ip) {
        if (ip != null) {
            used.remove(ip);
        }
    }
}
