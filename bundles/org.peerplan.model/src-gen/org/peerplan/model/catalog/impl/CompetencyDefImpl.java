/**
 */
package org.peerplan.model.catalog.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.peerplan.model.catalog.AssessmentQuestionDef;
import org.peerplan.model.catalog.CatalogPackage;
import org.peerplan.model.catalog.CompetencyDef;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Competency Def</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.catalog.impl.CompetencyDefImpl#getChapterTitle <em>Chapter Title</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.CompetencyDefImpl#getQuestions <em>Questions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CompetencyDefImpl extends CatalogItemImpl implements CompetencyDef {
	/**
	 * The default value of the '{@link #getChapterTitle() <em>Chapter Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChapterTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String CHAPTER_TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChapterTitle() <em>Chapter Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChapterTitle()
	 * @generated
	 * @ordered
	 */
	protected String chapterTitle = CHAPTER_TITLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getQuestions() <em>Questions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestions()
	 * @generated
	 * @ordered
	 */
	protected EList<AssessmentQuestionDef> questions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CompetencyDefImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.COMPETENCY_DEF;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChapterTitle() {
		return chapterTitle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChapterTitle(String newChapterTitle) {
		String oldChapterTitle = chapterTitle;
		chapterTitle = newChapterTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.COMPETENCY_DEF__CHAPTER_TITLE, oldChapterTitle, chapterTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AssessmentQuestionDef> getQuestions() {
		if (questions == null) {
			questions = new EObjectContainmentEList<AssessmentQuestionDef>(AssessmentQuestionDef.class, this, CatalogPackage.COMPETENCY_DEF__QUESTIONS);
		}
		return questions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.COMPETENCY_DEF__QUESTIONS:
				return ((InternalEList<?>)getQuestions()).basicRemove(otherEnd, msgs);
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
			case CatalogPackage.COMPETENCY_DEF__CHAPTER_TITLE:
				return getChapterTitle();
			case CatalogPackage.COMPETENCY_DEF__QUESTIONS:
				return getQuestions();
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
			case CatalogPackage.COMPETENCY_DEF__CHAPTER_TITLE:
				setChapterTitle((String)newValue);
				return;
			case CatalogPackage.COMPETENCY_DEF__QUESTIONS:
				getQuestions().clear();
				getQuestions().addAll((Collection<? extends AssessmentQuestionDef>)newValue);
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
			case CatalogPackage.COMPETENCY_DEF__CHAPTER_TITLE:
				setChapterTitle(CHAPTER_TITLE_EDEFAULT);
				return;
			case CatalogPackage.COMPETENCY_DEF__QUESTIONS:
				getQuestions().clear();
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
			case CatalogPackage.COMPETENCY_DEF__CHAPTER_TITLE:
				return CHAPTER_TITLE_EDEFAULT == null ? chapterTitle != null : !CHAPTER_TITLE_EDEFAULT.equals(chapterTitle);
			case CatalogPackage.COMPETENCY_DEF__QUESTIONS:
				return questions != null && !questions.isEmpty();
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
		result.append(" (chapterTitle: ");
		result.append(chapterTitle);
		result.append(')');
		return result.toString();
	}

} //CompetencyDefImpl
