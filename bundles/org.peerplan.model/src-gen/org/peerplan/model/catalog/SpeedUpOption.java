/**
 */
package org.peerplan.model.catalog;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Speed Up Option</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.peerplan.model.catalog.CatalogPackage#getSpeedUpOption()
 * @model
 * @generated
 */
public enum SpeedUpOption implements Enumerator {
	/**
	 * The '<em><b>NATIONAL CONFERENCES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL_CONFERENCES_VALUE
	 * @generated
	 * @ordered
	 */
	NATIONAL_CONFERENCES(0, "NATIONAL_CONFERENCES", "NATIONAL_CONFERENCES"),

	/**
	 * The '<em><b>SITE VISITS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SITE_VISITS_VALUE
	 * @generated
	 * @ordered
	 */
	SITE_VISITS(1, "SITE_VISITS", "SITE_VISITS"),

	/**
	 * The '<em><b>SUBCONTRACTING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBCONTRACTING_VALUE
	 * @generated
	 * @ordered
	 */
	SUBCONTRACTING(2, "SUBCONTRACTING", "SUBCONTRACTING");

	/**
	 * The '<em><b>NATIONAL CONFERENCES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL_CONFERENCES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NATIONAL_CONFERENCES_VALUE = 0;

	/**
	 * The '<em><b>SITE VISITS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SITE_VISITS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SITE_VISITS_VALUE = 1;

	/**
	 * The '<em><b>SUBCONTRACTING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBCONTRACTING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUBCONTRACTING_VALUE = 2;

	/**
	 * An array of all the '<em><b>Speed Up Option</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SpeedUpOption[] VALUES_ARRAY =
		new SpeedUpOption[] {
			NATIONAL_CONFERENCES,
			SITE_VISITS,
			SUBCONTRACTING,
		};

	/**
	 * A public read-only list of all the '<em><b>Speed Up Option</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SpeedUpOption> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Speed Up Option</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SpeedUpOption get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SpeedUpOption result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Speed Up Option</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SpeedUpOption getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SpeedUpOption result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Speed Up Option</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SpeedUpOption get(int value) {
		switch (value) {
			case NATIONAL_CONFERENCES_VALUE: return NATIONAL_CONFERENCES;
			case SITE_VISITS_VALUE: return SITE_VISITS;
			case SUBCONTRACTING_VALUE: return SUBCONTRACTING;
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
	private SpeedUpOption(int value, String name, String literal) {
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
	
} //SpeedUpOption
