package org.wps.commitments.engine;

import java.util.AbstractMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.wps.commitments.process.ModelFunctions;

/**
 * The allow-list of what a model's expressions may reach: the tracker's own delegate and listener beans (classes of
 * {@code org.wps.commitments} implementing {@link JavaDelegate}, {@link TaskListener} or {@link ExecutionListener})
 * and the beans marked {@link ModelFunctions}. The engine's expression manager resolves only these names; Camunda's
 * Spring default resolves every bean of the application, so that a deployed expression could reach the data source,
 * the repositories or the identity service. The deployment guard refuses any other bean's name before that.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExpressionBeans extends AbstractProcessEnginePlugin {

    private final ApplicationContext context;
    private volatile Set<String> names;

    ExpressionBeans(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        Map<Object, Object> beans = new AllowedBeans();
        configuration.setBeans(beans);
        configuration.setExpressionManager(new SpringExpressionManager(context, beans));
    }

    /** The names of the beans that expressions may use. */
    public Set<String> names() {
        Set<String> known = names;
        if (known == null) {
            Set<String> found = new TreeSet<>();
            for (Class<?> type : new Class<?>[] {JavaDelegate.class, TaskListener.class, ExecutionListener.class}) {
                for (String name : context.getBeanNamesForType(type, false, false)) {
                    Class<?> bean = context.getType(name, false);
                    if (bean != null && bean.getName().startsWith(DeploymentGuardPlugin.OUR_PACKAGE)) {
                        found.add(name);
                    }
                }
            }
            found.addAll(Set.of(context.getBeanNamesForAnnotation(ModelFunctions.class)));
            names = known = Set.copyOf(found);
        }
        return known;
    }

    /** The allowed beans whose methods models may call: those marked {@link ModelFunctions}. */
    public Set<String> functionNames() {
        return Set.of(context.getBeanNamesForAnnotation(ModelFunctions.class));
    }

    /** Whether {@code name} is a bean of the application, on the allow-list or not. */
    boolean isApplicationBean(String name) {
        return context.containsBean(name);
    }

    /** The allow-listed beans as the read-only map the engine's expression manager resolves names in. */
    private final class AllowedBeans extends AbstractMap<Object, Object> {

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String name && names().contains(name);
        }

        @Override
        public Object get(Object key) {
            return containsKey(key) ? context.getBean((String) key) : null;
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            return names().stream()
                    .map(name -> (Entry<Object, Object>) new SimpleImmutableEntry<Object, Object>(name, get(name)))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }
}
