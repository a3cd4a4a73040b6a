package org.wps.commitments.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.wps.commitments.input.PersonalDataCheck;
import org.wps.commitments.input.PersonalDataFinding;

/**
 * Installs {@link EngineApiGuard} in front of the engine's command interceptors, for commands run in the caller's
 * transaction and in a new one alike.
 */
@Component
class EngineApiGuardPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<StrictItems> strict;

    EngineApiGuardPlugin(ObjectProvider<StrictItems> strict) {
        this.strict = strict;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // one instance per chain: an interceptor holds the next one of its own chain
        configuration.setCustomPreCommandInterceptorsTxRequired(withGuard(
                configuration.getCustomPreCommandInterceptorsTxRequired(),
                new EngineApiGuard(() -> configuration, EngineApiGuardPlugin::checkComment, strict::getObject)));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(withGuard(
                configuration.getCustomPreCommandInterceptorsTxRequiresNew(),
                new EngineApiGuard(() -> configuration, EngineApiGuardPlugin::checkComment, strict::getObject)));
    }

    private static List<CommandInterceptor> withGuard(List<CommandInterceptor> interceptors, CommandInterceptor guard) {
        var all = new ArrayList<CommandInterceptor>();
        all.add(guard);
        if (interceptors != null) {
            all.addAll(interceptors);
        }
        return all;
    }

    /** A comment is free text a person types: it gets the same personal-data check as the forms' narratives. */
    static void checkComment(String message) {
        if (message == null) {
            return;
        }
        List<PersonalDataFinding> findings = PersonalDataCheck.scan(message);
        if (!findings.isEmpty()) {
            throw new EngineApiRefusal.Invalid(PersonalDataCheck.warning("The comment", findings)
                    + " Comments are kept with the task's history: write them without personal data.");
        }
    }
}
