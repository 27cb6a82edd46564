/**
 */
package org.peerplan.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Budget</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.Budget#getFiscalYearStartMonth <em>Fiscal Year Start Month</em>}</li>
 *   <li>{@link org.peerplan.model.Budget#getLines <em>Lines</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getBudget()
 * @model
 * @generated
 */
public interface Budget extends EObject {
	/**
	 * Returns the value of the '<em><b>Fiscal Year Start Month</b></em>' attribute.
	 * The default value is <code>"7"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fiscal Year Start Month</em>' attribute.
	 * @see #setFiscalYearStartMonth(int)
	 * @see org.peerplan.model.PeerPlanPackage#getBudget_FiscalYearStartMonth()
	 * @model default="7"
	 * @generated
	 */
	int getFiscalYearStartMonth();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Budget#getFiscalYearStartMonth <em>Fiscal Year Start Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fiscal Year Start Month</em>' attribute.
	 * @see #getFiscalYearStartMonth()
	 * @generated
	 */
	void setFiscalYearStartMonth(int value);

	/**
	 * Returns the value of the '<em><b>Lines</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.BudgetLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lines</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getBudget_Lines()
	 * @model containment="true"
	 * @generated
	 */
	EList<BudgetLine> getLines();

} // Budget
