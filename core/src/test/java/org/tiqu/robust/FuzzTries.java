package org.tiqu.robust;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sets each fuzz property's tries to its share of one budget, the system property {@code tiqu.fuzz.tries}
 * (default {@value #DEFAULT_TOTAL} generated inputs over the whole suite). Long mode:
 * {@code mvn -o verify -pl core -Dtest='OffsetFuzzTest' -Dtiqu.fuzz.tries=2000000}.
 */
public final class FuzzTries implements AroundPropertyHook {
    /** Generated inputs per {@code mvn verify}: enough to catch rare paths, quick on a 2-core CI box. */
    public static final int DEFAULT_TOTAL = 100_000;

    /** This property's share of the budget. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Share {
        /** Fraction of {@code tiqu.fuzz.tries}. */
        double value();
    }

    /** @return the total budget of generated inputs */
    public static int total() {
        String s = System.getProperty("tiqu.fuzz.tries");
        return s == null || s.isBlank() ? DEFAULT_TOTAL : Integer.parseInt(s.strip());
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        double share = context.findAnnotation(Share.class).map(Share::value).orElse(1.0);
        context.attributes().setTries(Math.max(1, (int) Math.round(total() * share)));
        return property.execute();
    }

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS; // registered on the class, applies to its properties
    }

    @Override
    public int aroundPropertyProximity() {
        return -100; // outside jqwik's own hooks, so the tries are set before the property starts
    }
}
