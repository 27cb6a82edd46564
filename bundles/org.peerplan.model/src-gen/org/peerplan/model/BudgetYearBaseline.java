/**
 */
package org.peerplan.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Budget Year Baseline</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.BudgetYearBaseline#getYear <em>Year</em>}</li>
 *   <li>{@link org.peerplan.model.BudgetYearBaseline#getTotal <em>Total</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getBudgetYearBaseline()
 * @model
 * @generated
 */
public interface BudgetYearBaseline extends EObject {
	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see org.peerplan.model.PeerPlanPackage#getBudgetYearBaseline_Year()
	 * @model
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link org.peerplan.model.BudgetYearBaseline#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Total</em>' attribute.
	 * @see #setTotal(BigDecimal)
	 * @see org.peerplan.model.PeerPlanPackage#getBudgetYearBaseline_Total()
	 * @model
	 * @generated
	 */
	BigDecimal getTotal();

	/**
	 * Sets the value of the '{@link org.peerplan.model.BudgetYearBaseline#getTotal <em>Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total</em>' attribute.
	 * @see #getTotal()
	 * @generated
	 */
	void setTotal(BigDecimal value);

} // BudgetYearBaseline
