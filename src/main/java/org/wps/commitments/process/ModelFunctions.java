package org.wps.commitments.process;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean whose methods the models call in expressions ({@code ${monitoringSchedule.reviewDue(commitmentId)}}):
 * besides the delegate and listener beans, the only beans on the expression allow-list (engine.ExpressionBeans).
 * Its public methods must take and return plain values, never engine objects or repositories, and its class must be
 * public: the expression language calls methods of public classes only (ArchitectureTest checks). On a {@code @Bean}
 * method it marks the bean that method makes (a value a model reads, such as a timer's cycle).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ModelFunctions {}
