/**
 */
package org.peerplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Wellbeing Practice Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.peerplan.model.PeerPlanPackage#getWellbeingPracticeKind()
 * @model
 * @generated
 */
public enum WellbeingPracticeKind implements Enumerator {
	/**
	 * The '<em><b>COMPASSION FATIGUE MONITORING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPASSION_FATIGUE_MONITORING_VALUE
	 * @generated
	 * @ordered
	 */
	COMPASSION_FATIGUE_MONITORING(0, "COMPASSION_FATIGUE_MONITORING", "COMPASSION_FATIGUE_MONITORING"),

	/**
	 * The '<em><b>WORK LIFE BALANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORK_LIFE_BALANCE_VALUE
	 * @generated
	 * @ordered
	 */
	WORK_LIFE_BALANCE(1, "WORK_LIFE_BALANCE", "WORK_LIFE_BALANCE"),

	/**
	 * The '<em><b>SELF CARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELF_CARE_VALUE
	 * @generated
	 * @ordered
	 */
	SELF_CARE(2, "SELF_CARE", "SELF_CARE"),

	/**
	 * The '<em><b>VICARIOUS TRAUMA SUPPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VICARIOUS_TRAUMA_SUPPORT_VALUE
	 * @generated
	 * @ordered
	 */
	VICARIOUS_TRAUMA_SUPPORT(3, "VICARIOUS_TRAUMA_SUPPORT", "VICARIOUS_TRAUMA_SUPPORT"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(4, "OTHER", "OTHER");

	/**
	 * The '<em><b>COMPASSION FATIGUE MONITORING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPASSION_FATIGUE_MONITORING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPASSION_FATIGUE_MONITORING_VALUE = 0;

	/**
	 * The '<em><b>WORK LIFE BALANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORK_LIFE_BALANCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WORK_LIFE_BALANCE_VALUE = 1;

	/**
	 * The '<em><b>SELF CARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELF_CARE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SELF_CARE_VALUE = 2;

	/**
	 * The '<em><b>VICARIOUS TRAUMA SUPPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VICARIOUS_TRAUMA_SUPPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VICARIOUS_TRAUMA_SUPPORT_VALUE = 3;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 4;

	/**
	 * An array of all the '<em><b>Wellbeing Practice Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final WellbeingPracticeKind[] VALUES_ARRAY =
		new WellbeingPracticeKind[] {
			COMPASSION_FATIGUE_MONITORING,
			WORK_LIFE_BALANCE,
			SELF_CARE,
			VICARIOUS_TRAUMA_SUPPORT,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Wellbeing Practice Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<WellbeingPracticeKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Wellbeing Practice Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WellbeingPracticeKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			WellbeingPracticeKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Wellbeing Practice Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WellbeingPracticeKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			WellbeingPracticeKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Wellbeing Practice Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WellbeingPracticeKind get(int value) {
		switch (value) {
			case COMPASSION_FATIGUE_MONITORING_VALUE: return COMPASSION_FATIGUE_MONITORING;
			case WORK_LIFE_BALANCE_VALUE: return WORK_LIFE_BALANCE;
			case SELF_CARE_VALUE: return SELF_CARE;
			case VICARIOUS_TRAUMA_SUPPORT_VALUE: return VICARIOUS_TRAUMA_SUPPORT;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private WellbeingPracticeKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //WellbeingPracticeKind
