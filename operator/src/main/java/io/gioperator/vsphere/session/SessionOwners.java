package io.gioperator.vsphere.session;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which owner (e.g. one VCenter resource) uses which session key. Plain bookkeeping without I/O and without locking
 * (the pool guards it): it only says which key has just lost its last owner, so that the pool logs that session out.
 * An owner uses one key at a time; owners with the same key share it.
 */
final class SessionOwners<K> {

    private final Map<String, K> keyOf = new HashMap<>();
    private final Map<K, Set<String>> ownersOf = new HashMap<>();

    /**
     * {@code owner} now uses {@code key}. When it used another key before and was the last to use it, that key is
     * returned: its session is no longer needed (the owner's credentials or trust changed).
     */
    Optional<K> use(String owner, K key) {
        K before = keyOf.put(owner, key);
        ownersOf.computeIfAbsent(key, k -> new HashSet<>()).add(owner);
        if (before == null || before.equals(key)) {
            return Optional.empty();
        }
        return detach(owner, before);
    }

    /** {@code owner} is gone. Its key is returned when no other owner uses it. */
    Optional<K> release(String owner) {
        K before = keyOf.remove(owner);
        return before == null ? Optional.empty() : detach(owner, before);
    }

    private Optional<K> detach(String owner, K key) {
        Set<String> users = ownersOf.get(key);
        users.remove(owner);
        if (!users.isEmpty()) {
            return Optional.empty();
        }
        ownersOf.remove(key);
        return Optional.of(key);
    }
}
