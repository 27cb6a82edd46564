/**
 */
package org.peerplan.model.catalog;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Training Audience</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.peerplan.model.catalog.CatalogPackage#getTrainingAudience()
 * @model
 * @generated
 */
public enum TrainingAudience implements Enumerator {
	/**
	 * The '<em><b>ALL STAFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALL_STAFF_VALUE
	 * @generated
	 * @ordered
	 */
	ALL_STAFF(0, "ALL_STAFF", "ALL_STAFF"),

	/**
	 * The '<em><b>MH PEERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MH_PEERS_VALUE
	 * @generated
	 * @ordered
	 */
	MH_PEERS(1, "MH_PEERS", "MH_PEERS"),

	/**
	 * The '<em><b>MH PEERS AND LINE STAFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MH_PEERS_AND_LINE_STAFF_VALUE
	 * @generated
	 * @ordered
	 */
	MH_PEERS_AND_LINE_STAFF(2, "MH_PEERS_AND_LINE_STAFF", "MH_PEERS_AND_LINE_STAFF"),

	/**
	 * The '<em><b>LEADERSHIP MANAGERS CLINICIANS MH PROFESSIONALS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEADERSHIP_MANAGERS_CLINICIANS_MH_PROFESSIONALS_VALUE
	 * @generated
	 * @ordered
	 */
	LEADERSHIP_MANAGERS_CLINICIANS_MH_PROFESSIONALS(3, "LEADERSHIP_MANAGERS_CLINICIANS_MH_PROFESSIONALS", "LEADERSHIP_MANAGERS_CLINICIANS_MH_PROFESSIONALS"),

	/**
	 * The '<em><b>LEADERSHIP MANAGERS CLINICIANS CONTRACT MONITORS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEADERSHIP_MANAGERS_CLINICIANS_CONTRACT_MONITORS_VALUE
	 * @generated
	 * @ordered
	 */
	LEADERSHIP_MANAGERS_CLINICIANS_CONTRACT_MONITORS(4, "LEADERSHIP_MANAGERS_CLINICIANS_CONTRACT_MONITORS", "LEADERSHIP_MANAGERS_CLINICIANS_CONTRACT_MONITORS");

	/**
	 * The '<em><b>ALL STAFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALL_STAFF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ALL_STAFF_VALUE = 0;

	/**
	 * The '<em><b>MH PEERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MH_PEERS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MH_PEERS_VALUE = 1;

	/**
	 * The '<em><b>MH PEERS AND LINE STAFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MH_PEERS_AND_LINE_STAFF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MH_PEERS_AND_LINE_STAFF_VALUE = 2;

	/**
	 * The '<em><b>LEADERSHIP MANAGERS CLINICIANS MH PROFESSIONALS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEADERSHIP_MANAGERS_CLINICIANS_MH_PROFESSIONALS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEADERSHIP_MANAGERS_CLINICIANS_MH_PROFESSIONALS_VALUE = 3;

	/**
	 * The '<em><b>LEADERSHIP MANAGERS CLINICIANS CONTRACT MONITORS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEADERSHIP_MANAGERS_CLINICIANS_CONTRACT_MONITORS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEADERSHIP_MANAGERS_CLINICIANS_CONTRACT_MONITORS_VALUE = 4;

	/**
	 * An array of all the '<em><b>Training Audience</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TrainingAudience[] VALUES_ARRAY =
		new TrainingAudience[] {
			ALL_STAFF,
			MH_PEERS,
			MH_PEERS_AND_LINE_STAFF,
			LEADERSHIP_MANAGERS_CLINICIANS_MH_PROFESSIONALS,
			LEADERSHIP_MANAGERS_CLINICIANS_CONTRACT_MONITORS,
		};

	/**
	 * A public read-only list of all the '<em><b>Training Audience</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TrainingAudience> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Training Audience</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TrainingAudience get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TrainingAudience result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Training Audience</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TrainingAudience getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TrainingAudience result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Training Audience</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TrainingAudience get(int value) {
		switch (value) {
			case ALL_STAFF_VALUE: return ALL_STAFF;
			case MH_PEERS_VALUE: return MH_PEERS;
			case MH_PEERS_AND_LINE_STAFF_VALUE: return MH_PEERS_AND_LINE_STAFF;
			case LEADERSHIP_MANAGERS_CLINICIANS_MH_PROFESSIONALS_VALUE: return LEADERSHIP_MANAGERS_CLINICIANS_MH_PROFESSIONALS;
			case LEADERSHIP_MANAGERS_CLINICIANS_CONTRACT_MONITORS_VALUE: return LEADERSHIP_MANAGERS_CLINICIANS_CONTRACT_MONITORS;
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
	private TrainingAudience(int value, String name, String literal) {
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
	
} //TrainingAudience
