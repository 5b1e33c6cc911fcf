package io.smartstore.support.staff.signin;

import io.smartstore.support.staff.ui.StaffLayout;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Adds the staff pages' package to the auto-configuration packages, where Vaadin looks for
 * routes and layouts beside the app's own.
 */
class StaffPagesPackage implements ImportBeanDefinitionRegistrar {

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
        AutoConfigurationPackages.register(registry, StaffLayout.class.getPackageName());
    }
}
