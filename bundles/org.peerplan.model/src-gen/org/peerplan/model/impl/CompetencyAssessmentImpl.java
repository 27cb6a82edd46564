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

import org.peerplan.model.AssessmentAnswer;
import org.peerplan.model.CompetencyAssessment;
import org.peerplan.model.CompetencyRating;
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.Person;

import org.peerplan.model.catalog.CompetencyDef;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Competency Assessment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.CompetencyAssessmentImpl#getCompetency <em>Competency</em>}</li>
 *   <li>{@link org.peerplan.model.impl.CompetencyAssessmentImpl#getRating <em>Rating</em>}</li>
 *   <li>{@link org.peerplan.model.impl.CompetencyAssessmentImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.peerplan.model.impl.CompetencyAssessmentImpl#getAssessedBy <em>Assessed By</em>}</li>
 *   <li>{@link org.peerplan.model.impl.CompetencyAssessmentImpl#getAnswers <em>Answers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CompetencyAssessmentImpl extends MinimalEObjectImpl.Container implements CompetencyAssessment {
	/**
	 * The cached value of the '{@link #getCompetency() <em>Competency</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompetency()
	 * @generated
	 * @ordered
	 */
	protected CompetencyDef competency;

	/**
	 * The default value of the '{@link #getRating() <em>Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRating()
	 * @generated
	 * @ordered
	 */
	protected static final CompetencyRating RATING_EDEFAULT = CompetencyRating.NOT_RATED;

	/**
	 * The cached value of the '{@link #getRating() <em>Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRating()
	 * @generated
	 * @ordered
	 */
	protected CompetencyRating rating = RATING_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAssessedBy() <em>Assessed By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessedBy()
	 * @generated
	 * @ordered
	 */
	protected Person assessedBy;

	/**
	 * The cached value of the '{@link #getAnswers() <em>Answers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswers()
	 * @generated
	 * @ordered
	 */
	protected EList<AssessmentAnswer> answers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CompetencyAssessmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.COMPETENCY_ASSESSMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CompetencyDef getCompetency() {
		if (competency != null && competency.eIsProxy()) {
			InternalEObject oldCompetency = (InternalEObject)competency;
			competency = (CompetencyDef)eResolveProxy(oldCompetency);
			if (competency != oldCompetency) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PeerPlanPackage.COMPETENCY_ASSESSMENT__COMPETENCY, oldCompetency, competency));
			}
		}
		return competency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CompetencyDef basicGetCompetency() {
		return competency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompetency(CompetencyDef newCompetency) {
		CompetencyDef oldCompetency = competency;
		competency = newCompetency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.COMPETENCY_ASSESSMENT__COMPETENCY, oldCompetency, competency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CompetencyRating getRating() {
		return rating;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRating(CompetencyRating newRating) {
		CompetencyRating oldRating = rating;
		rating = newRating == null ? RATING_EDEFAULT : newRating;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.COMPETENCY_ASSESSMENT__RATING, oldRating, rating));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.COMPETENCY_ASSESSMENT__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getAssessedBy() {
		if (assessedBy != null && assessedBy.eIsProxy()) {
			InternalEObject oldAssessedBy = (InternalEObject)assessedBy;
			assessedBy = (Person)eResolveProxy(oldAssessedBy);
			if (assessedBy != oldAssessedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PeerPlanPackage.COMPETENCY_ASSESSMENT__ASSESSED_BY, oldAssessedBy, assessedBy));
			}
		}
		return assessedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetAssessedBy() {
		return assessedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssessedBy(Person newAssessedBy) {
		Person oldAssessedBy = assessedBy;
		assessedBy = newAssessedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.COMPETENCY_ASSESSMENT__ASSESSED_BY, oldAssessedBy, assessedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AssessmentAnswer> getAnswers() {
		if (answers == null) {
			answers = new EObjectContainmentEList<AssessmentAnswer>(AssessmentAnswer.class, this, PeerPlanPackage.COMPETENCY_ASSESSMENT__ANSWERS);
		}
		return answers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PeerPlanPackage.COMPETENCY_ASSESSMENT__ANSWERS:
				return ((InternalEList<?>)getAnswers()).basicRemove(otherEnd, msgs);
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
			case PeerPlanPackage.COMPETENCY_ASSESSMENT__COMPETENCY:
				if (resolve) return getCompetency();
				return basicGetCompetency();
			case PeerPlanPackage.COMPETENCY_ASSESSMENT__RATING:
				return getRating();
			case PeerPlanPackage.COMPETENCY_ASSESSMENT__NOTES:
				return getNotes();
			case PeerPlanPackage.COMPETENCY_ASSESSMENT__ASSESSED_BY:
				if (resolve) return getAssessedBy();
				return basicGetAssessedBy();
			case PeerPlanPackage.COMPETENCY_ASSESSMENT__ANSWERS:
				return getAnswers();
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
			case PeerPlanPackage.COMPETENCY_ASSESSMENT__COMPETENCY:
				setCompetency((CompetencyDef)newValue);
				return;
			case PeerPlanPackage.COMPETENCY_ASSESSMENT__RATING:
				setRating((CompetencyRating)newValue);
				return;
			case PeerPlanPackage.COMPETENCY_ASSESSMENT__NOTES:
				setNotes((String)newValue);
				return;
			case PeerPlanPackage.COMPETENCY_ASSESSMENT__ASSESSED_BY:
				setAssessedBy((Person)newValue);
				return;
			case PeerPlanPackage.COMPETENCY_ASSESSMENT__ANSWERS:
				getAnswers().clear();
				getAnswers().addAll((Collection<? extends AssessmentAnswer>)newValue);
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
			case PeerPlanPackage.COMPETENCY_ASSESSMENT__COMPETENCY:
				setCompetency((CompetencyDef)null);
				return;
			case PeerPlanPackage.COMPETENCY_ASSESSMENT__RATING:
				setRating(RATING_EDEFAULT);
				return;
			case PeerPlanPackage.COMPETENCY_ASSESSMENT__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case PeerPlanPackage.COMPETENCY_ASSESSMENT__ASSESSED_BY:
				setAssessedBy((Person)null);
				return;
			case PeerPlanPackage.COMPETENCY_ASSESSMENT__ANSWERS:
				getAnswers().clear();
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
			case PeerPlanPackage.COMPETENCY_ASSESSMENT__COMPETENCY:
				return competency != null;
			case PeerPlanPackage.COMPETENCY_ASSESSMENT__RATING:
				return rating != RATING_EDEFAULT;
			case PeerPlanPackage.COMPETENCY_ASSESSMENT__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case PeerPlanPackage.COMPETENCY_ASSESSMENT__ASSESSED_BY:
				return assessedBy != null;
			case PeerPlanPackage.COMPETENCY_ASSESSMENT__ANSWERS:
				return answers != null && !answers.isEmpty();
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
		result.append(" (rating: ");
		result.append(rating);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //CompetencyAssessmentImpl
