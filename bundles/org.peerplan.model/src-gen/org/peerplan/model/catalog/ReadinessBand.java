/**
 */
package org.peerplan.model.catalog;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Readiness Band</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.peerplan.model.catalog.CatalogPackage#getReadinessBand()
 * @model
 * @generated
 */
public enum ReadinessBand implements Enumerator {
	/**
	 * The '<em><b>BAND 810</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BAND_810_VALUE
	 * @generated
	 * @ordered
	 */
	BAND_810(0, "BAND_8_10", "BAND_8_10"),

	/**
	 * The '<em><b>BAND 57</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BAND_57_VALUE
	 * @generated
	 * @ordered
	 */
	BAND_57(1, "BAND_5_7", "BAND_5_7"),

	/**
	 * The '<em><b>BAND LT5</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BAND_LT5_VALUE
	 * @generated
	 * @ordered
	 */
	BAND_LT5(2, "BAND_LT5", "BAND_LT5");

	/**
	 * The '<em><b>BAND 810</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BAND_810
	 * @model name="BAND_8_10"
	 * @generated
	 * @ordered
	 */
	public static final int BAND_810_VALUE = 0;

	/**
	 * The '<em><b>BAND 57</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BAND_57
	 * @model name="BAND_5_7"
	 * @generated
	 * @ordered
	 */
	public static final int BAND_57_VALUE = 1;

	/**
	 * The '<em><b>BAND LT5</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BAND_LT5
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BAND_LT5_VALUE = 2;

	/**
	 * An array of all the '<em><b>Readiness Band</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ReadinessBand[] VALUES_ARRAY =
		new ReadinessBand[] {
			BAND_810,
			BAND_57,
			BAND_LT5,
		};

	/**
	 * A public read-only list of all the '<em><b>Readiness Band</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ReadinessBand> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Readiness Band</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReadinessBand get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ReadinessBand result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Readiness Band</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReadinessBand getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ReadinessBand result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Readiness Band</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReadinessBand get(int value) {
		switch (value) {
			case BAND_810_VALUE: return BAND_810;
			case BAND_57_VALUE: return BAND_57;
			case BAND_LT5_VALUE: return BAND_LT5;
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
	private ReadinessBand(int value, String name, String literal) {
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
	
} //ReadinessBand
