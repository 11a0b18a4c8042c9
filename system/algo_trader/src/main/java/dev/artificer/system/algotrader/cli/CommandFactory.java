package dev.artificer.system.algotrader.cli;

import java.lang.reflect.Constructor;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine;

/**
 * Creates commands and their mixins for picocli without the Spring context: a command's public constructor takes
 * {@link ObjectProvider}s, which are {@linkplain DeferredBeans deferred} until the application has started, and
 * helpers of this package (themselves built the same way). Anything else a constructor asks for is a programming error.
 */
final class CommandFactory implements CommandLine.IFactory {

    private final DeferredBeans beans;

    /**
     * A factory whose commands resolve their collaborators from the given beans.
     *
     * @param beans the deferred application beans
     */
    CommandFactory(DeferredBeans beans) {
        this.beans = beans;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (!type.getPackageName().equals(CommandFactory.class.getPackageName())) {
            return CommandLine.defaultFactory().create(type);
        }
        Constructor<?>[] constructors = type.getConstructors();
        if (constructors.length != 1) {
            throw new IllegalStateException(type.getName() + " needs exactly one public constructor");
        }
        Constructor<?> constructor = constructors[0];
        Class<?>[] parameters = constructor.getParameterTypes();
        Object[] arguments = new Object[parameters.length];
        for (int index = 0; index < parameters.length; index++) {
            arguments[index] = argument(constructor, index, parameters[index]);
        }
        return type.cast(constructor.newInstance(arguments));
    }

    private Object argument(Constructor<?> constructor, int index, Class<?> parameter) throws Exception {
        if (parameter == ObjectProvider.class) {
            return beans.provider(constructor, index);
        }
        if (parameter.getPackageName().equals(CommandFactory.class.getPackageName())) {
            return create(parameter);
        }
        throw new IllegalStateException(constructor.getDeclaringClass().getName() + " asks for a " + parameter.getName()
                + ": commands take ObjectProviders, resolved once the application has started");
    }
}
