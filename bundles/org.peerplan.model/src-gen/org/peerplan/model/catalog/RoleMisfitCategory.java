/**
 */
package org.peerplan.model.catalog;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Role Misfit Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.peerplan.model.catalog.CatalogPackage#getRoleMisfitCategory()
 * @model
 * @generated
 */
public enum RoleMisfitCategory implements Enumerator {
	/**
	 * The '<em><b>BUSY WORK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUSY_WORK_VALUE
	 * @generated
	 * @ordered
	 */
	BUSY_WORK(0, "BUSY_WORK", "BUSY_WORK"),

	/**
	 * The '<em><b>AGENDA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGENDA_VALUE
	 * @generated
	 * @ordered
	 */
	AGENDA(1, "AGENDA", "AGENDA"),

	/**
	 * The '<em><b>POWER IMBALANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POWER_IMBALANCE_VALUE
	 * @generated
	 * @ordered
	 */
	POWER_IMBALANCE(2, "POWER_IMBALANCE", "POWER_IMBALANCE"),

	/**
	 * The '<em><b>SELF DETERMINATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELF_DETERMINATION_VALUE
	 * @generated
	 * @ordered
	 */
	SELF_DETERMINATION(3, "SELF_DETERMINATION", "SELF_DETERMINATION");

	/**
	 * The '<em><b>BUSY WORK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUSY_WORK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BUSY_WORK_VALUE = 0;

	/**
	 * The '<em><b>AGENDA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGENDA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AGENDA_VALUE = 1;

	/**
	 * The '<em><b>POWER IMBALANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POWER_IMBALANCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POWER_IMBALANCE_VALUE = 2;

	/**
	 * The '<em><b>SELF DETERMINATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELF_DETERMINATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SELF_DETERMINATION_VALUE = 3;

	/**
	 * An array of all the '<em><b>Role Misfit Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RoleMisfitCategory[] VALUES_ARRAY =
		new RoleMisfitCategory[] {
			BUSY_WORK,
			AGENDA,
			POWER_IMBALANCE,
			SELF_DETERMINATION,
		};

	/**
	 * A public read-only list of all the '<em><b>Role Misfit Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RoleMisfitCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Role Misfit Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoleMisfitCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RoleMisfitCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Role Misfit Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoleMisfitCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RoleMisfitCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Role Misfit Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoleMisfitCategory get(int value) {
		switch (value) {
			case BUSY_WORK_VALUE: return BUSY_WORK;
			case AGENDA_VALUE: return AGENDA;
			case POWER_IMBALANCE_VALUE: return POWER_IMBALANCE;
			case SELF_DETERMINATION_VALUE: return SELF_DETERMINATION;
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
	private RoleMisfitCategory(int value, String name, String literal) {
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
	
} //RoleMisfitCategory
