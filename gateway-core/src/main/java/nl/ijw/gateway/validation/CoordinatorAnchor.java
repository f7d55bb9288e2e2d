package nl.ijw.gateway.validation;

import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventLocator;

import org.glassfish.jaxb.runtime.v2.runtime.Coordinator;

/**
 * Keeps a placeholder in the GlassFish JAXB runtime's per-thread "active coordinator" slot for
 * the length of one parse. The runtime pushes its unmarshalling context into that ThreadLocal
 * around every element and text event and pops it afterwards; with nothing underneath, each pop
 * removes the thread-local entry and the next push creates it again, a hash-table insert and
 * delete per event. With this anchor underneath, a pop only sets the slot back. Nothing reads the
 * anchor itself: between events no JAXB code runs. Not thread-safe: one per worker.
 */
final class CoordinatorAnchor extends Coordinator {

    /** Occupies the slot; must be paired with {@link #release()} in a finally block. */
    void hold() {
        pushCoordinator();
    }

    /** Restores whatever the slot held before {@link #hold()}. */
    void release() {
        popCoordinator();
    }

    @Override
    protected ValidationEventLocator getLocation() {
        return null;
    }

    /** Never asked: JAXB reports its events to the unmarshalling context, not to the anchor. */
    @Override
    public boolean handleEvent(ValidationEvent event) {
        return true;
    }
}
