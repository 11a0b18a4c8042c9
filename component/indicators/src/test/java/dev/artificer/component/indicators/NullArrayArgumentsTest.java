package dev.artificer.component.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every public method of the indicator API that takes arrays, called with each array in turn set to null (the
 * others valid), rejects it with an {@link IllegalArgumentException} whose message names that parameter,
 * never a bare {@link NullPointerException}. The methods are found by reflection over the package's classes,
 * so a new indicator is swept without being listed here.
 */
class NullArrayArgumentsTest {

    private static final int LENGTH = 60;

    /** The public classes of the package, from the compiled classes next to this one's package. */
    private static List<Class<?>> publicClasses() {
        try {
            Path directory = Path.of(Sma.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .resolve(Sma.class.getPackageName().replace('.', '/'));
            List<Class<?>> classes = new ArrayList<>();
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
                        .sorted().toList()) {
                    String name = file.getFileName().toString().replace(".class", "");
                    Class<?> type = Class.forName(Sma.class.getPackageName() + "." + name);
                    if (Modifier.isPublic(type.getModifiers())) {
                        classes.add(type);
                    }
                }
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Public methods (static, or of enum constants) with at least one array parameter. */
    private static List<Method> methodsTakingArrays() {
        List<Method> methods = new ArrayList<>();
        for (Class<?> type : publicClasses()) {
            for (Method method : type.getDeclaredMethods()) {
                boolean reachable = Modifier.isStatic(method.getModifiers()) || type.isEnum();
                if (Modifier.isPublic(method.getModifiers()) && reachable
                        && Arrays.stream(method.getParameterTypes()).anyMatch(Class::isArray)) {
                    methods.add(method);
                }
            }
        }
        return methods;
    }

    /** A valid argument for a parameter: a rising series, bar times a minute apart, period 5, SMA, New York. */
    private static Object valid(Parameter parameter) {
        Class<?> type = parameter.getType();
        if (type == double[].class) {
            double[] values = new double[LENGTH];
            for (int i = 0; i < LENGTH; i++) {
                values[i] = 100 + i % 7 + i * 0.1 + (parameter.getName().equals("low") ? -1 : 0)
                        + (parameter.getName().equals("high") ? 1 : 0);
            }
            return values;
        }
        if (type == long[].class) {
            long[] time = new long[LENGTH];
            for (int i = 0; i < LENGTH; i++) {
                time[i] = 1_704_205_800_000L + 60_000L * i;
            }
            return time;
        }
        if (type == int.class) {
            return parameter.getName().equals("slow") ? 8 : 5;
        }
        if (type == double.class) {
            return switch (parameter.getName()) {
                case "acceleration" -> 0.02;
                case "maximum" -> 0.2;
                case "volumeFactor" -> 0.7;
                default -> 2.0;
            };
        }
        if (type == MovingAverageType.class) {
            return MovingAverageType.SMA;
        }
        if (type == ZoneId.class) {
            return ZoneId.of("America/New_York");
        }
        throw new IllegalStateException("no valid argument for " + parameter);
    }

    private static Object invoke(Method method, Object[] arguments) throws Throwable {
        Object target = Modifier.isStatic(method.getModifiers()) ? null
                : method.getDeclaringClass().getEnumConstants()[0];
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void theSweepFindsTheBatchEntryPointsOfEveryIndicator() {
        List<Method> methods = methodsTakingArrays();

        assertThat(methods).extracting(m -> m.getDeclaringClass().getSimpleName()).contains("Sma", "Rsi",
                "Stochastic", "Vwap", "Aroon", "WilliamsR", "MovingAverageType", "BollingerBands", "Macd");
        assertThat(methods).hasSizeGreaterThan(100);
    }

    @TestFactory
    Stream<DynamicTest> aNullArrayIsRejectedWithAMessageNamingTheParameter() {
        return methodsTakingArrays().stream().flatMap(method -> {
            Parameter[] parameters = method.getParameters();
            String signature = method.getDeclaringClass().getSimpleName() + "." + method.getName()
                    + Arrays.toString(Arrays.stream(parameters).map(Parameter::getName).toArray());
            return Arrays.stream(parameters).filter(p -> p.getType().isArray())
                    .map(nulled -> DynamicTest.dynamicTest(signature + " with " + nulled.getName() + " null", () -> {
                        Object[] arguments = Arrays.stream(parameters).map(NullArrayArgumentsTest::valid).toArray();
                        invoke(method, arguments); // the valid arguments are accepted
                        arguments[Arrays.asList(parameters).indexOf(nulled)] = null;
                        try {
                            invoke(method, arguments);
                            fail(signature + " accepted a null " + nulled.getName());
                        } catch (IllegalArgumentException e) {
                            assertThat(e.getMessage()).as(signature).matches(
                                    "(?s).*\\b" + nulled.getName() + "\\b.*").contains("null");
                        } catch (Throwable e) {
                            fail(signature + " with a null " + nulled.getName() + " threw " + e, e);
                        }
                    }));
        });
    }
}
