/**
 */
package org.peerplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Budget Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.peerplan.model.PeerPlanPackage#getBudgetCategory()
 * @model
 * @generated
 */
public enum BudgetCategory implements Enumerator {
	/**
	 * The '<em><b>POSITIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POSITIONS_VALUE
	 * @generated
	 * @ordered
	 */
	POSITIONS(0, "POSITIONS", "POSITIONS"),

	/**
	 * The '<em><b>TRAINING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAINING_VALUE
	 * @generated
	 * @ordered
	 */
	TRAINING(1, "TRAINING", "TRAINING"),

	/**
	 * The '<em><b>SUPERVISION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERVISION_VALUE
	 * @generated
	 * @ordered
	 */
	SUPERVISION(2, "SUPERVISION", "SUPERVISION"),

	/**
	 * The '<em><b>CONSULTATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSULTATION_VALUE
	 * @generated
	 * @ordered
	 */
	CONSULTATION(3, "CONSULTATION", "CONSULTATION"),

	/**
	 * The '<em><b>TRAVEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAVEL_VALUE
	 * @generated
	 * @ordered
	 */
	TRAVEL(4, "TRAVEL", "TRAVEL"),

	/**
	 * The '<em><b>RECRUITMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECRUITMENT_VALUE
	 * @generated
	 * @ordered
	 */
	RECRUITMENT(5, "RECRUITMENT", "RECRUITMENT"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(6, "OTHER", "OTHER"),

	/**
	 * The '<em><b>FRINGE BENEFITS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FRINGE_BENEFITS_VALUE
	 * @generated
	 * @ordered
	 */
	FRINGE_BENEFITS(7, "FRINGE_BENEFITS", "FRINGE_BENEFITS"),

	/**
	 * The '<em><b>ACTIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTIONS_VALUE
	 * @generated
	 * @ordered
	 */
	ACTIONS(8, "ACTIONS", "ACTIONS");

	/**
	 * The '<em><b>POSITIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POSITIONS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POSITIONS_VALUE = 0;

	/**
	 * The '<em><b>TRAINING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAINING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRAINING_VALUE = 1;

	/**
	 * The '<em><b>SUPERVISION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERVISION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUPERVISION_VALUE = 2;

	/**
	 * The '<em><b>CONSULTATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSULTATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONSULTATION_VALUE = 3;

	/**
	 * The '<em><b>TRAVEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAVEL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRAVEL_VALUE = 4;

	/**
	 * The '<em><b>RECRUITMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECRUITMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RECRUITMENT_VALUE = 5;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 6;

	/**
	 * The '<em><b>FRINGE BENEFITS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FRINGE_BENEFITS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FRINGE_BENEFITS_VALUE = 7;

	/**
	 * The '<em><b>ACTIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTIONS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACTIONS_VALUE = 8;

	/**
	 * An array of all the '<em><b>Budget Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final BudgetCategory[] VALUES_ARRAY =
		new BudgetCategory[] {
			POSITIONS,
			TRAINING,
			SUPERVISION,
			CONSULTATION,
			TRAVEL,
			RECRUITMENT,
			OTHER,
			FRINGE_BENEFITS,
			ACTIONS,
		};

	/**
	 * A public read-only list of all the '<em><b>Budget Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<BudgetCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Budget Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BudgetCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BudgetCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Budget Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BudgetCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BudgetCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Budget Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BudgetCategory get(int value) {
		switch (value) {
			case POSITIONS_VALUE: return POSITIONS;
			case TRAINING_VALUE: return TRAINING;
			case SUPERVISION_VALUE: return SUPERVISION;
			case CONSULTATION_VALUE: return CONSULTATION;
			case TRAVEL_VALUE: return TRAVEL;
			case RECRUITMENT_VALUE: return RECRUITMENT;
			case OTHER_VALUE: return OTHER;
			case FRINGE_BENEFITS_VALUE: return FRINGE_BENEFITS;
			case ACTIONS_VALUE: return ACTIONS;
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
	private BudgetCategory(int value, String name, String literal) {
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
	
} //BudgetCategory
