package dev.herald.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An immutable map from layer to its annotations. */
public final class Layers {
    private static final Layers EMPTY = new Layers(Map.of());
    private final Map<Layer<?>, List<?>> byLayer;

    private Layers(Map<Layer<?>, List<?>> byLayer) {
        this.byLayer = byLayer;
    }

    /** {@return a layer set with nothing in it} */
    public static Layers empty() {
        return EMPTY;
    }

    /** {@return a copy with {@code layer} set to {@code items}, replacing what it had} */
    public <T> Layers with(Layer<T> layer, List<T> items) {
        for (T item : items) {
            if (!layer.type().isInstance(item)) {
                throw new IllegalArgumentException("layer '" + layer + "' holds " + layer.type().getSimpleName()
                        + ", not " + item.getClass().getSimpleName());
            }
        }
        Map<Layer<?>, List<?>> copy = new LinkedHashMap<>(byLayer);
        copy.put(layer, List.copyOf(items));
        return new Layers(Collections.unmodifiableMap(copy));
    }

    /** {@return the annotations of {@code layer}, empty when the layer was never set} */
    @SuppressWarnings("unchecked")
    public <T> List<T> get(Layer<T> layer) {
        return (List<T>) byLayer.getOrDefault(layer, List.of());
    }

    /** {@return whether a stage has set {@code layer}, even to an empty list} */
    public boolean has(Layer<?> layer) {
        return byLayer.containsKey(layer);
    }

    /** {@return the layers that are set} */
    public Set<Layer<?>> names() {
        return byLayer.keySet();
    }
}
