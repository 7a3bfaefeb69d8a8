package vn.dondoc.bot;

/** Entry point of {@code dondoc.jar}. */
public final class Dondoc {

    private Dondoc() {
    }

    public static void main(String[] args) {
        System.out.println("dondoc");
    }
}
