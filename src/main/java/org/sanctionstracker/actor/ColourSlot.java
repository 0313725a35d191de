package org.sanctionstracker.actor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.hibernate.annotations.ValueGenerationType;

/**
 * Marks the actor's colour slot: Hibernate fills it on insert with {@link ColourSlots}'
 * rule, whichever service persists the actor, and never changes it afterwards.
 */
@ValueGenerationType(generatedBy = ColourSlotGeneration.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@interface ColourSlot {

}
