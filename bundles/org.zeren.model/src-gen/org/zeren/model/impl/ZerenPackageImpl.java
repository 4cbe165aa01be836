/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.zeren.model.AccountabilityMeasure;
import org.zeren.model.AssessmentIndicator;
import org.zeren.model.ColumnValue;
import org.zeren.model.Committee;
import org.zeren.model.Department;
import org.zeren.model.Duty;
import org.zeren.model.DutyGroup;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.Enterprise;
import org.zeren.model.EnterpriseScale;
import org.zeren.model.IndicatorType;
import org.zeren.model.LegalBasis;
import org.zeren.model.LegalBasisKind;
import org.zeren.model.LegalBasisVersion;
import org.zeren.model.LegalReference;
import org.zeren.model.ModelElement;
import org.zeren.model.Obligation;
import org.zeren.model.Party;
import org.zeren.model.PlanSection;
import org.zeren.model.PlanTask;
import org.zeren.model.Post;
import org.zeren.model.PostKind;
import org.zeren.model.Power;
import org.zeren.model.PowerKind;
import org.zeren.model.Recurrence;
import org.zeren.model.Responsibility;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.RiskGrade;
import org.zeren.model.StandardizationLevel;
import org.zeren.model.Supervision;
import org.zeren.model.WorkArea;
import org.zeren.model.WorkPlan;
import org.zeren.model.ZerenFactory;
import org.zeren.model.ZerenPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ZerenPackageImpl extends EPackageImpl implements ZerenPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass responsibilityModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass modelElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass partyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass committeeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass departmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass enterpriseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass postEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass supervisionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dutyListEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dutyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass responsibilityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass powerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass obligationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dutyGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass columnValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass legalReferenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass legalBasisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass legalBasisVersionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workAreaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planSectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assessmentIndicatorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum enterpriseScaleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum riskGradeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum standardizationLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum postKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dutyListKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum recurrenceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum accountabilityMeasureEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum powerKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum legalBasisKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum indicatorTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.zeren.model.ZerenPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ZerenPackageImpl() {
		super(eNS_URI, ZerenFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ZerenPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ZerenPackage init() {
		if (isInited) return (ZerenPackage)EPackage.Registry.INSTANCE.getEPackage(ZerenPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredZerenPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ZerenPackageImpl theZerenPackage = registeredZerenPackage instanceof ZerenPackageImpl ? (ZerenPackageImpl)registeredZerenPackage : new ZerenPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theZerenPackage.createPackageContents();

		// Initialize created meta-data
		theZerenPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theZerenPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ZerenPackage.eNS_URI, theZerenPackage);
		return theZerenPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResponsibilityModel() {
		return responsibilityModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResponsibilityModel_Name() {
		return (EAttribute)responsibilityModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResponsibilityModel_Parties() {
		return (EReference)responsibilityModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResponsibilityModel_DutyLists() {
		return (EReference)responsibilityModelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResponsibilityModel_Supervisions() {
		return (EReference)responsibilityModelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResponsibilityModel_LegalBases() {
		return (EReference)responsibilityModelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResponsibilityModel_WorkAreas() {
		return (EReference)responsibilityModelEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResponsibilityModel_WorkPlans() {
		return (EReference)responsibilityModelEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResponsibilityModel_AssessmentIndicators() {
		return (EReference)responsibilityModelEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getModelElement() {
		return modelElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelElement_Description() {
		return (EAttribute)modelElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getParty() {
		return partyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParty_Name() {
		return (EAttribute)partyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParty_ShortName() {
		return (EAttribute)partyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParty_Code() {
		return (EAttribute)partyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getParty_Children() {
		return (EReference)partyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getParty_Parent() {
		return (EReference)partyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParty_Aliases() {
		return (EAttribute)partyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCommittee() {
		return committeeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommittee_Jurisdiction() {
		return (EAttribute)committeeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDepartment() {
		return departmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDepartment_Supervisory() {
		return (EAttribute)departmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEnterprise() {
		return enterpriseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterprise_Industry() {
		return (EAttribute)enterpriseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterprise_Scale() {
		return (EAttribute)enterpriseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterprise_RiskGrade() {
		return (EAttribute)enterpriseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterprise_StandardizationLevel() {
		return (EAttribute)enterpriseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterprise_HasOccupationalHazards() {
		return (EAttribute)enterpriseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterprise_CreditCode() {
		return (EAttribute)enterpriseEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPost() {
		return postEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPost_Kind() {
		return (EAttribute)postEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPost_CertificateRequired() {
		return (EAttribute)postEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPost_BusinessDuties() {
		return (EAttribute)postEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSupervision() {
		return supervisionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSupervision_Supervisor() {
		return (EReference)supervisionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSupervision_Supervised() {
		return (EReference)supervisionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervision_ScopeIndustries() {
		return (EAttribute)supervisionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervision_ScopeRiskGrades() {
		return (EAttribute)supervisionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDutyList() {
		return dutyListEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDutyList_Name() {
		return (EAttribute)dutyListEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDutyList_Kind() {
		return (EAttribute)dutyListEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDutyList_Holder() {
		return (EReference)dutyListEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDutyList_IssuedOn() {
		return (EAttribute)dutyListEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDutyList_Duties() {
		return (EReference)dutyListEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDutyList_Groups() {
		return (EReference)dutyListEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDuty() {
		return dutyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDuty_Code() {
		return (EAttribute)dutyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDuty_Title() {
		return (EAttribute)dutyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDuty_Text() {
		return (EAttribute)dutyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDuty_WorkArea() {
		return (EReference)dutyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDuty_LegalReferences() {
		return (EReference)dutyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDuty_SupervisingParties() {
		return (EReference)dutyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDuty_DelegatedFrom() {
		return (EReference)dutyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDuty_Recurrence() {
		return (EAttribute)dutyEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDuty_Deadline() {
		return (EAttribute)dutyEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDuty_AccountabilityMeasures() {
		return (EAttribute)dutyEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDuty_RequiredEvidence() {
		return (EAttribute)dutyEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDuty_List() {
		return (EReference)dutyEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDuty_Category() {
		return (EAttribute)dutyEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDuty_Group() {
		return (EReference)dutyEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDuty_SupervisionMethod() {
		return (EAttribute)dutyEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDuty_DeadlineText() {
		return (EAttribute)dutyEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDuty_AccountabilityCases() {
		return (EAttribute)dutyEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDuty_OtherColumns() {
		return (EReference)dutyEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResponsibility() {
		return responsibilityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPower() {
		return powerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPower_PowerKind() {
		return (EAttribute)powerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getObligation() {
		return obligationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDutyGroup() {
		return dutyGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDutyGroup_Number() {
		return (EAttribute)dutyGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDutyGroup_Title() {
		return (EAttribute)dutyGroupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDutyGroup_Subgroups() {
		return (EReference)dutyGroupEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getColumnValue() {
		return columnValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getColumnValue_Heading() {
		return (EAttribute)columnValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getColumnValue_Value() {
		return (EAttribute)columnValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLegalReference() {
		return legalReferenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLegalReference_Basis() {
		return (EReference)legalReferenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLegalReference_Version() {
		return (EReference)legalReferenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegalReference_Article() {
		return (EAttribute)legalReferenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegalReference_Paragraph() {
		return (EAttribute)legalReferenceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegalReference_Item() {
		return (EAttribute)legalReferenceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegalReference_Note() {
		return (EAttribute)legalReferenceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLegalBasis() {
		return legalBasisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegalBasis_Title() {
		return (EAttribute)legalBasisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegalBasis_Kind() {
		return (EAttribute)legalBasisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegalBasis_Issuer() {
		return (EAttribute)legalBasisEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegalBasis_Code() {
		return (EAttribute)legalBasisEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLegalBasis_Versions() {
		return (EReference)legalBasisEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLegalBasisVersion() {
		return legalBasisVersionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegalBasisVersion_Label() {
		return (EAttribute)legalBasisVersionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegalBasisVersion_EffectiveDate() {
		return (EAttribute)legalBasisVersionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegalBasisVersion_ArticleCount() {
		return (EAttribute)legalBasisVersionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkArea() {
		return workAreaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkArea_Id() {
		return (EAttribute)workAreaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkArea_Name() {
		return (EAttribute)workAreaEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkArea_EnglishName() {
		return (EAttribute)workAreaEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkArea_Colour() {
		return (EAttribute)workAreaEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkPlan() {
		return workPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkPlan_Title() {
		return (EAttribute)workPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkPlan_Issuer() {
		return (EAttribute)workPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkPlan_IssuerParty() {
		return (EReference)workPlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkPlan_Recipients() {
		return (EAttribute)workPlanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkPlan_IssuedOn() {
		return (EAttribute)workPlanEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkPlan_Year() {
		return (EAttribute)workPlanEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkPlan_GeneralApproach() {
		return (EAttribute)workPlanEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkPlan_Sections() {
		return (EReference)workPlanEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlanSection() {
		return planSectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanSection_Number() {
		return (EAttribute)planSectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanSection_Title() {
		return (EAttribute)planSectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanSection_Tasks() {
		return (EReference)planSectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlanTask() {
		return planTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanTask_Number() {
		return (EAttribute)planTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanTask_Title() {
		return (EAttribute)planTaskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanTask_Text() {
		return (EAttribute)planTaskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanTask_CitedBases() {
		return (EReference)planTaskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanTask_Principles() {
		return (EAttribute)planTaskEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanTask_WorkAreas() {
		return (EReference)planTaskEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanTask_AssignedDuties() {
		return (EReference)planTaskEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanTask_Subtasks() {
		return (EReference)planTaskEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssessmentIndicator() {
		return assessmentIndicatorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessmentIndicator_Code() {
		return (EAttribute)assessmentIndicatorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessmentIndicator_Name() {
		return (EAttribute)assessmentIndicatorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessmentIndicator_Type() {
		return (EAttribute)assessmentIndicatorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessmentIndicator_Weight() {
		return (EAttribute)assessmentIndicatorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessmentIndicator_Veto() {
		return (EAttribute)assessmentIndicatorEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessmentIndicator_MeasuredDuties() {
		return (EReference)assessmentIndicatorEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessmentIndicator_AssessedParties() {
		return (EReference)assessmentIndicatorEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEnterpriseScale() {
		return enterpriseScaleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRiskGrade() {
		return riskGradeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStandardizationLevel() {
		return standardizationLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPostKind() {
		return postKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDutyListKind() {
		return dutyListKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRecurrence() {
		return recurrenceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAccountabilityMeasure() {
		return accountabilityMeasureEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPowerKind() {
		return powerKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLegalBasisKind() {
		return legalBasisKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIndicatorType() {
		return indicatorTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate() {
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ZerenFactory getZerenFactory() {
		return (ZerenFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		responsibilityModelEClass = createEClass(RESPONSIBILITY_MODEL);
		createEAttribute(responsibilityModelEClass, RESPONSIBILITY_MODEL__NAME);
		createEReference(responsibilityModelEClass, RESPONSIBILITY_MODEL__PARTIES);
		createEReference(responsibilityModelEClass, RESPONSIBILITY_MODEL__DUTY_LISTS);
		createEReference(responsibilityModelEClass, RESPONSIBILITY_MODEL__SUPERVISIONS);
		createEReference(responsibilityModelEClass, RESPONSIBILITY_MODEL__LEGAL_BASES);
		createEReference(responsibilityModelEClass, RESPONSIBILITY_MODEL__WORK_AREAS);
		createEReference(responsibilityModelEClass, RESPONSIBILITY_MODEL__WORK_PLANS);
		createEReference(responsibilityModelEClass, RESPONSIBILITY_MODEL__ASSESSMENT_INDICATORS);

		modelElementEClass = createEClass(MODEL_ELEMENT);
		createEAttribute(modelElementEClass, MODEL_ELEMENT__DESCRIPTION);

		partyEClass = createEClass(PARTY);
		createEAttribute(partyEClass, PARTY__NAME);
		createEAttribute(partyEClass, PARTY__SHORT_NAME);
		createEAttribute(partyEClass, PARTY__CODE);
		createEReference(partyEClass, PARTY__CHILDREN);
		createEReference(partyEClass, PARTY__PARENT);
		createEAttribute(partyEClass, PARTY__ALIASES);

		committeeEClass = createEClass(COMMITTEE);
		createEAttribute(committeeEClass, COMMITTEE__JURISDICTION);

		departmentEClass = createEClass(DEPARTMENT);
		createEAttribute(departmentEClass, DEPARTMENT__SUPERVISORY);

		enterpriseEClass = createEClass(ENTERPRISE);
		createEAttribute(enterpriseEClass, ENTERPRISE__INDUSTRY);
		createEAttribute(enterpriseEClass, ENTERPRISE__SCALE);
		createEAttribute(enterpriseEClass, ENTERPRISE__RISK_GRADE);
		createEAttribute(enterpriseEClass, ENTERPRISE__STANDARDIZATION_LEVEL);
		createEAttribute(enterpriseEClass, ENTERPRISE__HAS_OCCUPATIONAL_HAZARDS);
		createEAttribute(enterpriseEClass, ENTERPRISE__CREDIT_CODE);

		postEClass = createEClass(POST);
		createEAttribute(postEClass, POST__KIND);
		createEAttribute(postEClass, POST__CERTIFICATE_REQUIRED);
		createEAttribute(postEClass, POST__BUSINESS_DUTIES);

		supervisionEClass = createEClass(SUPERVISION);
		createEReference(supervisionEClass, SUPERVISION__SUPERVISOR);
		createEReference(supervisionEClass, SUPERVISION__SUPERVISED);
		createEAttribute(supervisionEClass, SUPERVISION__SCOPE_INDUSTRIES);
		createEAttribute(supervisionEClass, SUPERVISION__SCOPE_RISK_GRADES);

		dutyListEClass = createEClass(DUTY_LIST);
		createEAttribute(dutyListEClass, DUTY_LIST__NAME);
		createEAttribute(dutyListEClass, DUTY_LIST__KIND);
		createEReference(dutyListEClass, DUTY_LIST__HOLDER);
		createEAttribute(dutyListEClass, DUTY_LIST__ISSUED_ON);
		createEReference(dutyListEClass, DUTY_LIST__DUTIES);
		createEReference(dutyListEClass, DUTY_LIST__GROUPS);

		dutyEClass = createEClass(DUTY);
		createEAttribute(dutyEClass, DUTY__CODE);
		createEAttribute(dutyEClass, DUTY__TITLE);
		createEAttribute(dutyEClass, DUTY__TEXT);
		createEReference(dutyEClass, DUTY__WORK_AREA);
		createEReference(dutyEClass, DUTY__LEGAL_REFERENCES);
		createEReference(dutyEClass, DUTY__SUPERVISING_PARTIES);
		createEReference(dutyEClass, DUTY__DELEGATED_FROM);
		createEAttribute(dutyEClass, DUTY__RECURRENCE);
		createEAttribute(dutyEClass, DUTY__DEADLINE);
		createEAttribute(dutyEClass, DUTY__ACCOUNTABILITY_MEASURES);
		createEAttribute(dutyEClass, DUTY__REQUIRED_EVIDENCE);
		createEReference(dutyEClass, DUTY__LIST);
		createEAttribute(dutyEClass, DUTY__CATEGORY);
		createEReference(dutyEClass, DUTY__GROUP);
		createEAttribute(dutyEClass, DUTY__SUPERVISION_METHOD);
		createEAttribute(dutyEClass, DUTY__DEADLINE_TEXT);
		createEAttribute(dutyEClass, DUTY__ACCOUNTABILITY_CASES);
		createEReference(dutyEClass, DUTY__OTHER_COLUMNS);

		responsibilityEClass = createEClass(RESPONSIBILITY);

		powerEClass = createEClass(POWER);
		createEAttribute(powerEClass, POWER__POWER_KIND);

		obligationEClass = createEClass(OBLIGATION);

		dutyGroupEClass = createEClass(DUTY_GROUP);
		createEAttribute(dutyGroupEClass, DUTY_GROUP__NUMBER);
		createEAttribute(dutyGroupEClass, DUTY_GROUP__TITLE);
		createEReference(dutyGroupEClass, DUTY_GROUP__SUBGROUPS);

		columnValueEClass = createEClass(COLUMN_VALUE);
		createEAttribute(columnValueEClass, COLUMN_VALUE__HEADING);
		createEAttribute(columnValueEClass, COLUMN_VALUE__VALUE);

		legalReferenceEClass = createEClass(LEGAL_REFERENCE);
		createEReference(legalReferenceEClass, LEGAL_REFERENCE__BASIS);
		createEReference(legalReferenceEClass, LEGAL_REFERENCE__VERSION);
		createEAttribute(legalReferenceEClass, LEGAL_REFERENCE__ARTICLE);
		createEAttribute(legalReferenceEClass, LEGAL_REFERENCE__PARAGRAPH);
		createEAttribute(legalReferenceEClass, LEGAL_REFERENCE__ITEM);
		createEAttribute(legalReferenceEClass, LEGAL_REFERENCE__NOTE);

		legalBasisEClass = createEClass(LEGAL_BASIS);
		createEAttribute(legalBasisEClass, LEGAL_BASIS__TITLE);
		createEAttribute(legalBasisEClass, LEGAL_BASIS__KIND);
		createEAttribute(legalBasisEClass, LEGAL_BASIS__ISSUER);
		createEAttribute(legalBasisEClass, LEGAL_BASIS__CODE);
		createEReference(legalBasisEClass, LEGAL_BASIS__VERSIONS);

		legalBasisVersionEClass = createEClass(LEGAL_BASIS_VERSION);
		createEAttribute(legalBasisVersionEClass, LEGAL_BASIS_VERSION__LABEL);
		createEAttribute(legalBasisVersionEClass, LEGAL_BASIS_VERSION__EFFECTIVE_DATE);
		createEAttribute(legalBasisVersionEClass, LEGAL_BASIS_VERSION__ARTICLE_COUNT);

		workAreaEClass = createEClass(WORK_AREA);
		createEAttribute(workAreaEClass, WORK_AREA__ID);
		createEAttribute(workAreaEClass, WORK_AREA__NAME);
		createEAttribute(workAreaEClass, WORK_AREA__ENGLISH_NAME);
		createEAttribute(workAreaEClass, WORK_AREA__COLOUR);

		workPlanEClass = createEClass(WORK_PLAN);
		createEAttribute(workPlanEClass, WORK_PLAN__TITLE);
		createEAttribute(workPlanEClass, WORK_PLAN__ISSUER);
		createEReference(workPlanEClass, WORK_PLAN__ISSUER_PARTY);
		createEAttribute(workPlanEClass, WORK_PLAN__RECIPIENTS);
		createEAttribute(workPlanEClass, WORK_PLAN__ISSUED_ON);
		createEAttribute(workPlanEClass, WORK_PLAN__YEAR);
		createEAttribute(workPlanEClass, WORK_PLAN__GENERAL_APPROACH);
		createEReference(workPlanEClass, WORK_PLAN__SECTIONS);

		planSectionEClass = createEClass(PLAN_SECTION);
		createEAttribute(planSectionEClass, PLAN_SECTION__NUMBER);
		createEAttribute(planSectionEClass, PLAN_SECTION__TITLE);
		createEReference(planSectionEClass, PLAN_SECTION__TASKS);

		planTaskEClass = createEClass(PLAN_TASK);
		createEAttribute(planTaskEClass, PLAN_TASK__NUMBER);
		createEAttribute(planTaskEClass, PLAN_TASK__TITLE);
		createEAttribute(planTaskEClass, PLAN_TASK__TEXT);
		createEReference(planTaskEClass, PLAN_TASK__CITED_BASES);
		createEAttribute(planTaskEClass, PLAN_TASK__PRINCIPLES);
		createEReference(planTaskEClass, PLAN_TASK__WORK_AREAS);
		createEReference(planTaskEClass, PLAN_TASK__ASSIGNED_DUTIES);
		createEReference(planTaskEClass, PLAN_TASK__SUBTASKS);

		assessmentIndicatorEClass = createEClass(ASSESSMENT_INDICATOR);
		createEAttribute(assessmentIndicatorEClass, ASSESSMENT_INDICATOR__CODE);
		createEAttribute(assessmentIndicatorEClass, ASSESSMENT_INDICATOR__NAME);
		createEAttribute(assessmentIndicatorEClass, ASSESSMENT_INDICATOR__TYPE);
		createEAttribute(assessmentIndicatorEClass, ASSESSMENT_INDICATOR__WEIGHT);
		createEAttribute(assessmentIndicatorEClass, ASSESSMENT_INDICATOR__VETO);
		createEReference(assessmentIndicatorEClass, ASSESSMENT_INDICATOR__MEASURED_DUTIES);
		createEReference(assessmentIndicatorEClass, ASSESSMENT_INDICATOR__ASSESSED_PARTIES);

		// Create enums
		enterpriseScaleEEnum = createEEnum(ENTERPRISE_SCALE);
		riskGradeEEnum = createEEnum(RISK_GRADE);
		standardizationLevelEEnum = createEEnum(STANDARDIZATION_LEVEL);
		postKindEEnum = createEEnum(POST_KIND);
		dutyListKindEEnum = createEEnum(DUTY_LIST_KIND);
		recurrenceEEnum = createEEnum(RECURRENCE);
		accountabilityMeasureEEnum = createEEnum(ACCOUNTABILITY_MEASURE);
		powerKindEEnum = createEEnum(POWER_KIND);
		legalBasisKindEEnum = createEEnum(LEGAL_BASIS_KIND);
		indicatorTypeEEnum = createEEnum(INDICATOR_TYPE);

		// Create data types
		localDateEDataType = createEDataType(LOCAL_DATE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		responsibilityModelEClass.getESuperTypes().add(this.getModelElement());
		partyEClass.getESuperTypes().add(this.getModelElement());
		committeeEClass.getESuperTypes().add(this.getParty());
		departmentEClass.getESuperTypes().add(this.getParty());
		enterpriseEClass.getESuperTypes().add(this.getParty());
		postEClass.getESuperTypes().add(this.getParty());
		supervisionEClass.getESuperTypes().add(this.getModelElement());
		dutyListEClass.getESuperTypes().add(this.getModelElement());
		dutyEClass.getESuperTypes().add(this.getModelElement());
		responsibilityEClass.getESuperTypes().add(this.getDuty());
		powerEClass.getESuperTypes().add(this.getDuty());
		obligationEClass.getESuperTypes().add(this.getDuty());
		dutyGroupEClass.getESuperTypes().add(this.getModelElement());
		legalReferenceEClass.getESuperTypes().add(this.getModelElement());
		legalBasisEClass.getESuperTypes().add(this.getModelElement());
		legalBasisVersionEClass.getESuperTypes().add(this.getModelElement());
		workAreaEClass.getESuperTypes().add(this.getModelElement());
		workPlanEClass.getESuperTypes().add(this.getModelElement());
		planSectionEClass.getESuperTypes().add(this.getModelElement());
		planTaskEClass.getESuperTypes().add(this.getModelElement());
		assessmentIndicatorEClass.getESuperTypes().add(this.getModelElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(responsibilityModelEClass, ResponsibilityModel.class, "ResponsibilityModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getResponsibilityModel_Name(), ecorePackage.getEString(), "name", null, 0, 1, ResponsibilityModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getResponsibilityModel_Parties(), this.getParty(), null, "parties", null, 0, -1, ResponsibilityModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getResponsibilityModel_DutyLists(), this.getDutyList(), null, "dutyLists", null, 0, -1, ResponsibilityModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getResponsibilityModel_Supervisions(), this.getSupervision(), null, "supervisions", null, 0, -1, ResponsibilityModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getResponsibilityModel_LegalBases(), this.getLegalBasis(), null, "legalBases", null, 0, -1, ResponsibilityModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getResponsibilityModel_WorkAreas(), this.getWorkArea(), null, "workAreas", null, 0, -1, ResponsibilityModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getResponsibilityModel_WorkPlans(), this.getWorkPlan(), null, "workPlans", null, 0, -1, ResponsibilityModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getResponsibilityModel_AssessmentIndicators(), this.getAssessmentIndicator(), null, "assessmentIndicators", null, 0, -1, ResponsibilityModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(modelElementEClass, ModelElement.class, "ModelElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getModelElement_Description(), ecorePackage.getEString(), "description", null, 0, 1, ModelElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(partyEClass, Party.class, "Party", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getParty_Name(), ecorePackage.getEString(), "name", null, 1, 1, Party.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParty_ShortName(), ecorePackage.getEString(), "shortName", null, 0, 1, Party.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParty_Code(), ecorePackage.getEString(), "code", null, 0, 1, Party.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getParty_Children(), this.getParty(), this.getParty_Parent(), "children", null, 0, -1, Party.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getParty_Parent(), this.getParty(), this.getParty_Children(), "parent", null, 0, 1, Party.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParty_Aliases(), ecorePackage.getEString(), "aliases", null, 0, -1, Party.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(committeeEClass, Committee.class, "Committee", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCommittee_Jurisdiction(), ecorePackage.getEString(), "jurisdiction", null, 0, 1, Committee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(departmentEClass, Department.class, "Department", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDepartment_Supervisory(), ecorePackage.getEBoolean(), "supervisory", "false", 0, 1, Department.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(enterpriseEClass, Enterprise.class, "Enterprise", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEnterprise_Industry(), ecorePackage.getEString(), "industry", null, 0, 1, Enterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnterprise_Scale(), this.getEnterpriseScale(), "scale", null, 0, 1, Enterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnterprise_RiskGrade(), this.getRiskGrade(), "riskGrade", null, 0, 1, Enterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnterprise_StandardizationLevel(), this.getStandardizationLevel(), "standardizationLevel", null, 0, 1, Enterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnterprise_HasOccupationalHazards(), ecorePackage.getEBoolean(), "hasOccupationalHazards", null, 0, 1, Enterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnterprise_CreditCode(), ecorePackage.getEString(), "creditCode", null, 0, 1, Enterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(postEClass, Post.class, "Post", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPost_Kind(), this.getPostKind(), "kind", "OTHER", 0, 1, Post.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPost_CertificateRequired(), ecorePackage.getEBoolean(), "certificateRequired", null, 0, 1, Post.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPost_BusinessDuties(), ecorePackage.getEString(), "businessDuties", null, 0, -1, Post.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(supervisionEClass, Supervision.class, "Supervision", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSupervision_Supervisor(), this.getDepartment(), null, "supervisor", null, 1, 1, Supervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSupervision_Supervised(), this.getEnterprise(), null, "supervised", null, 0, -1, Supervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervision_ScopeIndustries(), ecorePackage.getEString(), "scopeIndustries", null, 0, -1, Supervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervision_ScopeRiskGrades(), this.getRiskGrade(), "scopeRiskGrades", null, 0, -1, Supervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dutyListEClass, DutyList.class, "DutyList", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDutyList_Name(), ecorePackage.getEString(), "name", null, 0, 1, DutyList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDutyList_Kind(), this.getDutyListKind(), "kind", null, 0, 1, DutyList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDutyList_Holder(), this.getParty(), null, "holder", null, 1, 1, DutyList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDutyList_IssuedOn(), this.getLocalDate(), "issuedOn", null, 0, 1, DutyList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDutyList_Duties(), this.getDuty(), this.getDuty_List(), "duties", null, 0, -1, DutyList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDutyList_Groups(), this.getDutyGroup(), null, "groups", null, 0, -1, DutyList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dutyEClass, Duty.class, "Duty", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDuty_Code(), ecorePackage.getEString(), "code", null, 0, 1, Duty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDuty_Title(), ecorePackage.getEString(), "title", null, 0, 1, Duty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDuty_Text(), ecorePackage.getEString(), "text", null, 0, 1, Duty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDuty_WorkArea(), this.getWorkArea(), null, "workArea", null, 0, 1, Duty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDuty_LegalReferences(), this.getLegalReference(), null, "legalReferences", null, 0, -1, Duty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDuty_SupervisingParties(), this.getParty(), null, "supervisingParties", null, 0, -1, Duty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDuty_DelegatedFrom(), this.getDuty(), null, "delegatedFrom", null, 0, 1, Duty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDuty_Recurrence(), this.getRecurrence(), "recurrence", null, 0, 1, Duty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDuty_Deadline(), this.getLocalDate(), "deadline", null, 0, 1, Duty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDuty_AccountabilityMeasures(), this.getAccountabilityMeasure(), "accountabilityMeasures", null, 0, -1, Duty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDuty_RequiredEvidence(), ecorePackage.getEString(), "requiredEvidence", null, 0, -1, Duty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDuty_List(), this.getDutyList(), this.getDutyList_Duties(), "list", null, 0, 1, Duty.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDuty_Category(), ecorePackage.getEString(), "category", null, 0, 1, Duty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDuty_Group(), this.getDutyGroup(), null, "group", null, 0, 1, Duty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDuty_SupervisionMethod(), ecorePackage.getEString(), "supervisionMethod", null, 0, 1, Duty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDuty_DeadlineText(), ecorePackage.getEString(), "deadlineText", null, 0, 1, Duty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDuty_AccountabilityCases(), ecorePackage.getEString(), "accountabilityCases", null, 0, 1, Duty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDuty_OtherColumns(), this.getColumnValue(), null, "otherColumns", null, 0, -1, Duty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(responsibilityEClass, Responsibility.class, "Responsibility", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(powerEClass, Power.class, "Power", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPower_PowerKind(), this.getPowerKind(), "powerKind", null, 0, 1, Power.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(obligationEClass, Obligation.class, "Obligation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(dutyGroupEClass, DutyGroup.class, "DutyGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDutyGroup_Number(), ecorePackage.getEString(), "number", null, 0, 1, DutyGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDutyGroup_Title(), ecorePackage.getEString(), "title", null, 0, 1, DutyGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDutyGroup_Subgroups(), this.getDutyGroup(), null, "subgroups", null, 0, -1, DutyGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(columnValueEClass, ColumnValue.class, "ColumnValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getColumnValue_Heading(), ecorePackage.getEString(), "heading", null, 0, 1, ColumnValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getColumnValue_Value(), ecorePackage.getEString(), "value", null, 0, 1, ColumnValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(legalReferenceEClass, LegalReference.class, "LegalReference", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getLegalReference_Basis(), this.getLegalBasis(), null, "basis", null, 1, 1, LegalReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLegalReference_Version(), this.getLegalBasisVersion(), null, "version", null, 0, 1, LegalReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLegalReference_Article(), ecorePackage.getEIntegerObject(), "article", null, 0, 1, LegalReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLegalReference_Paragraph(), ecorePackage.getEIntegerObject(), "paragraph", null, 0, 1, LegalReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLegalReference_Item(), ecorePackage.getEIntegerObject(), "item", null, 0, 1, LegalReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLegalReference_Note(), ecorePackage.getEString(), "note", null, 0, 1, LegalReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(legalBasisEClass, LegalBasis.class, "LegalBasis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLegalBasis_Title(), ecorePackage.getEString(), "title", null, 0, 1, LegalBasis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLegalBasis_Kind(), this.getLegalBasisKind(), "kind", null, 0, 1, LegalBasis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLegalBasis_Issuer(), ecorePackage.getEString(), "issuer", null, 0, 1, LegalBasis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLegalBasis_Code(), ecorePackage.getEString(), "code", null, 0, 1, LegalBasis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLegalBasis_Versions(), this.getLegalBasisVersion(), null, "versions", null, 0, -1, LegalBasis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(legalBasisVersionEClass, LegalBasisVersion.class, "LegalBasisVersion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLegalBasisVersion_Label(), ecorePackage.getEString(), "label", null, 0, 1, LegalBasisVersion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLegalBasisVersion_EffectiveDate(), this.getLocalDate(), "effectiveDate", null, 0, 1, LegalBasisVersion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLegalBasisVersion_ArticleCount(), ecorePackage.getEInt(), "articleCount", null, 0, 1, LegalBasisVersion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(workAreaEClass, WorkArea.class, "WorkArea", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWorkArea_Id(), ecorePackage.getEString(), "id", null, 0, 1, WorkArea.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkArea_Name(), ecorePackage.getEString(), "name", null, 0, 1, WorkArea.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkArea_EnglishName(), ecorePackage.getEString(), "englishName", null, 0, 1, WorkArea.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkArea_Colour(), ecorePackage.getEString(), "colour", null, 0, 1, WorkArea.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(workPlanEClass, WorkPlan.class, "WorkPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWorkPlan_Title(), ecorePackage.getEString(), "title", null, 0, 1, WorkPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkPlan_Issuer(), ecorePackage.getEString(), "issuer", null, 0, 1, WorkPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkPlan_IssuerParty(), this.getParty(), null, "issuerParty", null, 0, 1, WorkPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkPlan_Recipients(), ecorePackage.getEString(), "recipients", null, 0, 1, WorkPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkPlan_IssuedOn(), this.getLocalDate(), "issuedOn", null, 0, 1, WorkPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkPlan_Year(), ecorePackage.getEInt(), "year", null, 0, 1, WorkPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkPlan_GeneralApproach(), ecorePackage.getEString(), "generalApproach", null, 0, 1, WorkPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkPlan_Sections(), this.getPlanSection(), null, "sections", null, 0, -1, WorkPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(planSectionEClass, PlanSection.class, "PlanSection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlanSection_Number(), ecorePackage.getEString(), "number", null, 0, 1, PlanSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanSection_Title(), ecorePackage.getEString(), "title", null, 0, 1, PlanSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanSection_Tasks(), this.getPlanTask(), null, "tasks", null, 0, -1, PlanSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(planTaskEClass, PlanTask.class, "PlanTask", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlanTask_Number(), ecorePackage.getEString(), "number", null, 0, 1, PlanTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanTask_Title(), ecorePackage.getEString(), "title", null, 0, 1, PlanTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanTask_Text(), ecorePackage.getEString(), "text", null, 0, 1, PlanTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanTask_CitedBases(), this.getLegalBasis(), null, "citedBases", null, 0, -1, PlanTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanTask_Principles(), ecorePackage.getEString(), "principles", null, 0, -1, PlanTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanTask_WorkAreas(), this.getWorkArea(), null, "workAreas", null, 0, -1, PlanTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanTask_AssignedDuties(), this.getDuty(), null, "assignedDuties", null, 0, -1, PlanTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanTask_Subtasks(), this.getPlanTask(), null, "subtasks", null, 0, -1, PlanTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(assessmentIndicatorEClass, AssessmentIndicator.class, "AssessmentIndicator", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAssessmentIndicator_Code(), ecorePackage.getEString(), "code", null, 0, 1, AssessmentIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessmentIndicator_Name(), ecorePackage.getEString(), "name", null, 0, 1, AssessmentIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessmentIndicator_Type(), this.getIndicatorType(), "type", null, 0, 1, AssessmentIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessmentIndicator_Weight(), ecorePackage.getEDouble(), "weight", null, 0, 1, AssessmentIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessmentIndicator_Veto(), ecorePackage.getEBoolean(), "veto", null, 0, 1, AssessmentIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessmentIndicator_MeasuredDuties(), this.getDuty(), null, "measuredDuties", null, 0, -1, AssessmentIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessmentIndicator_AssessedParties(), this.getParty(), null, "assessedParties", null, 0, -1, AssessmentIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(enterpriseScaleEEnum, EnterpriseScale.class, "EnterpriseScale");
		addEEnumLiteral(enterpriseScaleEEnum, EnterpriseScale.LARGE);
		addEEnumLiteral(enterpriseScaleEEnum, EnterpriseScale.MEDIUM);
		addEEnumLiteral(enterpriseScaleEEnum, EnterpriseScale.SMALL);
		addEEnumLiteral(enterpriseScaleEEnum, EnterpriseScale.MICRO);

		initEEnum(riskGradeEEnum, RiskGrade.class, "RiskGrade");
		addEEnumLiteral(riskGradeEEnum, RiskGrade.MAJOR);
		addEEnumLiteral(riskGradeEEnum, RiskGrade.HIGH);
		addEEnumLiteral(riskGradeEEnum, RiskGrade.GENERAL);
		addEEnumLiteral(riskGradeEEnum, RiskGrade.LOW);

		initEEnum(standardizationLevelEEnum, StandardizationLevel.class, "StandardizationLevel");
		addEEnumLiteral(standardizationLevelEEnum, StandardizationLevel.NONE);
		addEEnumLiteral(standardizationLevelEEnum, StandardizationLevel.LEVEL_1);
		addEEnumLiteral(standardizationLevelEEnum, StandardizationLevel.LEVEL_2);
		addEEnumLiteral(standardizationLevelEEnum, StandardizationLevel.LEVEL_3);

		initEEnum(postKindEEnum, PostKind.class, "PostKind");
		addEEnumLiteral(postKindEEnum, PostKind.PRINCIPAL_LEADER);
		addEEnumLiteral(postKindEEnum, PostKind.SAFETY_MANAGER);
		addEEnumLiteral(postKindEEnum, PostKind.SPECIAL_OPERATIONS);
		addEEnumLiteral(postKindEEnum, PostKind.OTHER);

		initEEnum(dutyListKindEEnum, DutyListKind.class, "DutyListKind");
		addEEnumLiteral(dutyListKindEEnum, DutyListKind.POWER_LIST);
		addEEnumLiteral(dutyListKindEEnum, DutyListKind.RESPONSIBILITY_LIST);
		addEEnumLiteral(dutyListKindEEnum, DutyListKind.PRIMARY_RESPONSIBILITY_LIST);
		addEEnumLiteral(dutyListKindEEnum, DutyListKind.POST_DUTY_LIST);

		initEEnum(recurrenceEEnum, Recurrence.class, "Recurrence");
		addEEnumLiteral(recurrenceEEnum, Recurrence.NONE);
		addEEnumLiteral(recurrenceEEnum, Recurrence.CONTINUOUS);
		addEEnumLiteral(recurrenceEEnum, Recurrence.DAILY);
		addEEnumLiteral(recurrenceEEnum, Recurrence.WEEKLY);
		addEEnumLiteral(recurrenceEEnum, Recurrence.MONTHLY);
		addEEnumLiteral(recurrenceEEnum, Recurrence.QUARTERLY);
		addEEnumLiteral(recurrenceEEnum, Recurrence.SEMIANNUAL);
		addEEnumLiteral(recurrenceEEnum, Recurrence.ANNUAL);
		addEEnumLiteral(recurrenceEEnum, Recurrence.AS_NEEDED);

		initEEnum(accountabilityMeasureEEnum, AccountabilityMeasure.class, "AccountabilityMeasure");
		addEEnumLiteral(accountabilityMeasureEEnum, AccountabilityMeasure.ADMONITORY_INTERVIEW);
		addEEnumLiteral(accountabilityMeasureEEnum, AccountabilityMeasure.ONE_VOTE_VETO);
		addEEnumLiteral(accountabilityMeasureEEnum, AccountabilityMeasure.ADMINISTRATIVE_ACCOUNTABILITY);
		addEEnumLiteral(accountabilityMeasureEEnum, AccountabilityMeasure.CIRCULATED_CRITICISM);
		addEEnumLiteral(accountabilityMeasureEEnum, AccountabilityMeasure.ADMINISTRATIVE_PENALTY);
		addEEnumLiteral(accountabilityMeasureEEnum, AccountabilityMeasure.CRIMINAL_LIABILITY);

		initEEnum(powerKindEEnum, PowerKind.class, "PowerKind");
		addEEnumLiteral(powerKindEEnum, PowerKind.LICENSING);
		addEEnumLiteral(powerKindEEnum, PowerKind.INSPECTION);
		addEEnumLiteral(powerKindEEnum, PowerKind.PENALTY);
		addEEnumLiteral(powerKindEEnum, PowerKind.ENFORCEMENT);
		addEEnumLiteral(powerKindEEnum, PowerKind.OTHER);

		initEEnum(legalBasisKindEEnum, LegalBasisKind.class, "LegalBasisKind");
		addEEnumLiteral(legalBasisKindEEnum, LegalBasisKind.LAW);
		addEEnumLiteral(legalBasisKindEEnum, LegalBasisKind.ADMINISTRATIVE_REGULATION);
		addEEnumLiteral(legalBasisKindEEnum, LegalBasisKind.LOCAL_REGULATION);
		addEEnumLiteral(legalBasisKindEEnum, LegalBasisKind.DEPARTMENTAL_RULE);
		addEEnumLiteral(legalBasisKindEEnum, LegalBasisKind.LOCAL_GOVERNMENT_RULE);
		addEEnumLiteral(legalBasisKindEEnum, LegalBasisKind.NATIONAL_STANDARD);
		addEEnumLiteral(legalBasisKindEEnum, LegalBasisKind.INDUSTRY_STANDARD);
		addEEnumLiteral(legalBasisKindEEnum, LegalBasisKind.LOCAL_STANDARD);
		addEEnumLiteral(legalBasisKindEEnum, LegalBasisKind.NORMATIVE_DOCUMENT);
		addEEnumLiteral(legalBasisKindEEnum, LegalBasisKind.PLAN);

		initEEnum(indicatorTypeEEnum, IndicatorType.class, "IndicatorType");
		addEEnumLiteral(indicatorTypeEEnum, IndicatorType.PROCESS);
		addEEnumLiteral(indicatorTypeEEnum, IndicatorType.RESULT);

		// Initialize data types
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //ZerenPackageImpl
