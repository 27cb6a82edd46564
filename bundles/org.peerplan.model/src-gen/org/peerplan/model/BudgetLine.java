/**
 */
package org.peerplan.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Budget Line</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.BudgetLine#getCategory <em>Category</em>}</li>
 *   <li>{@link org.peerplan.model.BudgetLine#getDescription <em>Description</em>}</li>
 *   <li>{@link org.peerplan.model.BudgetLine#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.peerplan.model.BudgetLine#getYear <em>Year</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getBudgetLine()
 * @model
 * @generated
 */
public interface BudgetLine extends EObject {
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.BudgetCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.peerplan.model.BudgetCategory
	 * @see #setCategory(BudgetCategory)
	 * @see org.peerplan.model.PeerPlanPackage#getBudgetLine_Category()
	 * @model
	 * @generated
	 */
	BudgetCategory getCategory();

	/**
	 * Sets the value of the '{@link org.peerplan.model.BudgetLine#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.peerplan.model.BudgetCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(BudgetCategory value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.peerplan.model.PeerPlanPackage#getBudgetLine_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.peerplan.model.BudgetLine#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(BigDecimal)
	 * @see org.peerplan.model.PeerPlanPackage#getBudgetLine_Amount()
	 * @model
	 * @generated
	 */
	BigDecimal getAmount();

	/**
	 * Sets the value of the '{@link org.peerplan.model.BudgetLine#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The year of the plan, counted from 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see org.peerplan.model.PeerPlanPackage#getBudgetLine_Year()
	 * @model
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link org.peerplan.model.BudgetLine#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

} // BudgetLine
