package dev.herald.entities.gazetteer;

/**
 * Start-up cost of the gazetteer in a fresh JVM: the whole load, and the part spent on the reference
 * dictionaries (GeoNames, PETRARCH2). Prints one line; {@code eval/gazetteer-load.sh} runs it in
 * several JVMs and also prints the resources' size.
 */
public final class GazetteerLoadTime {
    private GazetteerLoadTime() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        Gazetteer g = Gazetteer.load(EntitiesConfig.defaults());
        long total = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("load %d ms, reference dictionaries %d ms%n", total, g.referenceLoadMillis());
    }
}
