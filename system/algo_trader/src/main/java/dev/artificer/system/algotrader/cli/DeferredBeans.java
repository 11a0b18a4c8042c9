package dev.artificer.system.algotrader.cli;

import java.lang.reflect.Constructor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;

/**
 * The application's beans as commands see them before the application exists: each command receives
 * {@link ObjectProvider}s when the command line is built, and they resolve against the Spring context once it has been
 * started and {@linkplain #bind bound}, exactly as constructor autowiring would. So the command line can be parsed, and
 * help, version and usage errors answered, without starting Spring.
 */
final class DeferredBeans {

    private final AtomicReference<AutowireCapableBeanFactory> beans = new AtomicReference<>();

    /**
     * Lets the providers handed out resolve against the started application.
     *
     * @param context the started application
     */
    void bind(ApplicationContext context) {
        beans.set(context.getAutowireCapableBeanFactory());
    }

    /**
     * A provider for an {@code ObjectProvider<T>} parameter of a constructor.
     *
     * @param constructor the constructor
     * @param index       the parameter's position
     * @return the provider, resolved each time it is used
     */
    ObjectProvider<Object> provider(Constructor<?> constructor, int index) {
        return new DeferredProvider(new DependencyDescriptor(new MethodParameter(constructor, index), true));
    }

    private final class DeferredProvider implements ObjectProvider<Object> {

        private final DependencyDescriptor parameter;

        private DeferredProvider(DependencyDescriptor parameter) {
            this.parameter = parameter;
        }

        @SuppressWarnings("unchecked")
        private ObjectProvider<Object> target() {
            AutowireCapableBeanFactory factory = beans.get();
            if (factory == null) {
                throw new IllegalStateException("a command used " + parameter.getResolvableType()
                        + " before the application was started");
            }
            return (ObjectProvider<Object>) factory.resolveDependency(parameter, null);
        }

        @Override
        public Object getObject() {
            return target().getObject();
        }

        @Override
        public Object getObject(Object... args) {
            return target().getObject(args);
        }

        @Override
        public Object getIfAvailable() {
            return target().getIfAvailable();
        }

        @Override
        public Object getIfUnique() {
            return target().getIfUnique();
        }

        @Override
        public Stream<Object> stream() {
            return target().stream();
        }

        @Override
        public Stream<Object> orderedStream() {
            return target().orderedStream();
        }
    }
}
