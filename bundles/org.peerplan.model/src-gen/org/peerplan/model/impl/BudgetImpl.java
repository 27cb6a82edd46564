/**
 */
package org.peerplan.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.peerplan.model.Budget;
import org.peerplan.model.BudgetLine;
import org.peerplan.model.PeerPlanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Budget</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.BudgetImpl#getFiscalYearStartMonth <em>Fiscal Year Start Month</em>}</li>
 *   <li>{@link org.peerplan.model.impl.BudgetImpl#getLines <em>Lines</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BudgetImpl extends MinimalEObjectImpl.Container implements Budget {
	/**
	 * The default value of the '{@link #getFiscalYearStartMonth() <em>Fiscal Year Start Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiscalYearStartMonth()
	 * @generated
	 * @ordered
	 */
	protected static final int FISCAL_YEAR_START_MONTH_EDEFAULT = 7;

	/**
	 * The cached value of the '{@link #getFiscalYearStartMonth() <em>Fiscal Year Start Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiscalYearStartMonth()
	 * @generated
	 * @ordered
	 */
	protected int fiscalYearStartMonth = FISCAL_YEAR_START_MONTH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLines() <em>Lines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLines()
	 * @generated
	 * @ordered
	 */
	protected EList<BudgetLine> lines;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BudgetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.BUDGET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFiscalYearStartMonth() {
		return fiscalYearStartMonth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFiscalYearStartMonth(int newFiscalYearStartMonth) {
		int oldFiscalYearStartMonth = fiscalYearStartMonth;
		fiscalYearStartMonth = newFiscalYearStartMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.BUDGET__FISCAL_YEAR_START_MONTH, oldFiscalYearStartMonth, fiscalYearStartMonth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BudgetLine> getLines() {
		if (lines == null) {
			lines = new EObjectContainmentEList<BudgetLine>(BudgetLine.class, this, PeerPlanPackage.BUDGET__LINES);
		}
		return lines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PeerPlanPackage.BUDGET__LINES:
				return ((InternalEList<?>)getLines()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PeerPlanPackage.BUDGET__FISCAL_YEAR_START_MONTH:
				return getFiscalYearStartMonth();
			case PeerPlanPackage.BUDGET__LINES:
				return getLines();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PeerPlanPackage.BUDGET__FISCAL_YEAR_START_MONTH:
				setFiscalYearStartMonth((Integer)newValue);
				return;
			case PeerPlanPackage.BUDGET__LINES:
				getLines().clear();
				getLines().addAll((Collection<? extends BudgetLine>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PeerPlanPackage.BUDGET__FISCAL_YEAR_START_MONTH:
				setFiscalYearStartMonth(FISCAL_YEAR_START_MONTH_EDEFAULT);
				return;
			case PeerPlanPackage.BUDGET__LINES:
				getLines().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PeerPlanPackage.BUDGET__FISCAL_YEAR_START_MONTH:
				return fiscalYearStartMonth != FISCAL_YEAR_START_MONTH_EDEFAULT;
			case PeerPlanPackage.BUDGET__LINES:
				return lines != null && !lines.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (fiscalYearStartMonth: ");
		result.append(fiscalYearStartMonth);
		result.append(')');
		return result.toString();
	}

} //BudgetImpl
