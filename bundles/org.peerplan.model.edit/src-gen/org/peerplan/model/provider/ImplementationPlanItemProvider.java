/**
 */
package org.peerplan.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerPlanFactory;
import org.peerplan.model.PeerPlanPackage;

/**
 * This is the item provider adapter for a {@link org.peerplan.model.ImplementationPlan} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ImplementationPlanItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ImplementationPlanItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addNamePropertyDescriptor(object);
			addConsultantPropertyDescriptor(object);
			addPreparedOnPropertyDescriptor(object);
			addCurrentBaselinePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ImplementationPlan_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ImplementationPlan_name_feature", "_UI_ImplementationPlan_type"),
				 PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Consultant feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addConsultantPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ImplementationPlan_consultant_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ImplementationPlan_consultant_feature", "_UI_ImplementationPlan_type"),
				 PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__CONSULTANT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Prepared On feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPreparedOnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ImplementationPlan_preparedOn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ImplementationPlan_preparedOn_feature", "_UI_ImplementationPlan_type"),
				 PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__PREPARED_ON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Current Baseline feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCurrentBaselinePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ImplementationPlan_currentBaseline_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ImplementationPlan_currentBaseline_feature", "_UI_ImplementationPlan_type"),
				 PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__CURRENT_BASELINE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__AGENCY);
			childrenFeatures.add(PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__READINESS);
			childrenFeatures.add(PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__TIMELINE);
			childrenFeatures.add(PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__POLICY_REVIEW);
			childrenFeatures.add(PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__ROOT_CAUSE_ANALYSES);
			childrenFeatures.add(PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__ACTIONS);
			childrenFeatures.add(PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__ROLES);
			childrenFeatures.add(PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__SUPERVISION);
			childrenFeatures.add(PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__TRAINING_PLAN);
			childrenFeatures.add(PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__BUDGET);
			childrenFeatures.add(PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__RISKS);
			childrenFeatures.add(PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__DECISIONS);
			childrenFeatures.add(PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__OUTCOMES);
			childrenFeatures.add(PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__PERFORMANCE);
			childrenFeatures.add(PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__RULE_WAIVERS);
			childrenFeatures.add(PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__BASELINES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns ImplementationPlan.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ImplementationPlan"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((ImplementationPlan)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_ImplementationPlan_type") :
			getString("_UI_ImplementationPlan_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(ImplementationPlan.class)) {
			case PeerPlanPackage.IMPLEMENTATION_PLAN__NAME:
			case PeerPlanPackage.IMPLEMENTATION_PLAN__CONSULTANT:
			case PeerPlanPackage.IMPLEMENTATION_PLAN__PREPARED_ON:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__AGENCY:
			case PeerPlanPackage.IMPLEMENTATION_PLAN__READINESS:
			case PeerPlanPackage.IMPLEMENTATION_PLAN__TIMELINE:
			case PeerPlanPackage.IMPLEMENTATION_PLAN__POLICY_REVIEW:
			case PeerPlanPackage.IMPLEMENTATION_PLAN__ROOT_CAUSE_ANALYSES:
			case PeerPlanPackage.IMPLEMENTATION_PLAN__ACTIONS:
			case PeerPlanPackage.IMPLEMENTATION_PLAN__ROLES:
			case PeerPlanPackage.IMPLEMENTATION_PLAN__SUPERVISION:
			case PeerPlanPackage.IMPLEMENTATION_PLAN__TRAINING_PLAN:
			case PeerPlanPackage.IMPLEMENTATION_PLAN__BUDGET:
			case PeerPlanPackage.IMPLEMENTATION_PLAN__RISKS:
			case PeerPlanPackage.IMPLEMENTATION_PLAN__DECISIONS:
			case PeerPlanPackage.IMPLEMENTATION_PLAN__OUTCOMES:
			case PeerPlanPackage.IMPLEMENTATION_PLAN__PERFORMANCE:
			case PeerPlanPackage.IMPLEMENTATION_PLAN__RULE_WAIVERS:
			case PeerPlanPackage.IMPLEMENTATION_PLAN__BASELINES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__AGENCY,
				 PeerPlanFactory.eINSTANCE.createAgency()));

		newChildDescriptors.add
			(createChildParameter
				(PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__READINESS,
				 PeerPlanFactory.eINSTANCE.createReadinessAssessment()));

		newChildDescriptors.add
			(createChildParameter
				(PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__TIMELINE,
				 PeerPlanFactory.eINSTANCE.createTimeline()));

		newChildDescriptors.add
			(createChildParameter
				(PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__POLICY_REVIEW,
				 PeerPlanFactory.eINSTANCE.createPolicyReview()));

		newChildDescriptors.add
			(createChildParameter
				(PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__ROOT_CAUSE_ANALYSES,
				 PeerPlanFactory.eINSTANCE.createRootCauseAnalysis()));

		newChildDescriptors.add
			(createChildParameter
				(PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__ACTIONS,
				 PeerPlanFactory.eINSTANCE.createAction()));

		newChildDescriptors.add
			(createChildParameter
				(PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__ROLES,
				 PeerPlanFactory.eINSTANCE.createPeerRole()));

		newChildDescriptors.add
			(createChildParameter
				(PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__SUPERVISION,
				 PeerPlanFactory.eINSTANCE.createSupervisionPlan()));

		newChildDescriptors.add
			(createChildParameter
				(PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__TRAINING_PLAN,
				 PeerPlanFactory.eINSTANCE.createTrainingPlan()));

		newChildDescriptors.add
			(createChildParameter
				(PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__BUDGET,
				 PeerPlanFactory.eINSTANCE.createBudget()));

		newChildDescriptors.add
			(createChildParameter
				(PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__RISKS,
				 PeerPlanFactory.eINSTANCE.createRisk()));

		newChildDescriptors.add
			(createChildParameter
				(PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__DECISIONS,
				 PeerPlanFactory.eINSTANCE.createPolicyDecision()));

		newChildDescriptors.add
			(createChildParameter
				(PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__OUTCOMES,
				 PeerPlanFactory.eINSTANCE.createOutcomeMeasure()));

		newChildDescriptors.add
			(createChildParameter
				(PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__PERFORMANCE,
				 PeerPlanFactory.eINSTANCE.createPerformanceManagement()));

		newChildDescriptors.add
			(createChildParameter
				(PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__RULE_WAIVERS,
				 PeerPlanFactory.eINSTANCE.createRuleWaiver()));

		newChildDescriptors.add
			(createChildParameter
				(PeerPlanPackage.Literals.IMPLEMENTATION_PLAN__BASELINES,
				 PeerPlanFactory.eINSTANCE.createBaseline()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return PeerPlanEditPlugin.INSTANCE;
	}

}
